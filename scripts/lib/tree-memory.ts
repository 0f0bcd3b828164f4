/**
 * The memory a command takes as a whole: the resident memory of its process and every process under
 * it, added up. GNU time reports the largest single process; a build runs several at once (the
 * build script beside `astro build`, Pagefind beside the site reader), and the machine must hold
 * them together. Read from /proc, so Linux only.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** A process as the sum needs it: its parent, and its resident memory in KB. */
export interface ProcessEntry {
  parent: number;
  residentKB: number;
}

/** The resident memory (KB) of `root` and of every process under it, from a table of processes. */
export function treeResidentKB(root: number, processes: ReadonlyMap<number, ProcessEntry>): number {
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of processes) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const pending = [root];
  const seen = new Set<number>();
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += processes.get(pid)?.residentKB ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Every process's parent and resident memory, from /proc. A process that ends meanwhile is left out. */
function readProcesses(): Map<number, ProcessEntry> {
  const processes = new Map<number, ProcessEntry>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      // Kernel threads and processes being torn down have no VmRSS line.
      const residentKB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      processes.set(Number(name), { parent, residentKB });
    } catch {
      // It ended between the listing and the read.
    }
  }
  return processes;
}

/**
 * Samples the resident memory of `root` and its descendants every `ms` milliseconds until `stop`,
 * which returns the highest sum seen, in KB, or undefined where there is no /proc. A sample can miss
 * a peak shorter than `ms`.
 */
export function sampleTreeMemory(root: number, ms = 250): { stop: () => number | undefined } {
  if (!existsSync("/proc/self/status")) return { stop: () => undefined };
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeResidentKB(root, readProcesses()));
  };
  const timer = setInterval(sample, ms);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
