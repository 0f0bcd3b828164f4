/**
 * The citation worker (src/lib/citation/format-off-thread.ts) as a build meets it, in a process of
 * its own: a page may be doing nothing but wait for its references, and the build must not end then.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

const worker = new URL("../../src/lib/citation/format-worker.ts", import.meta.url).href;
const offThread = new URL("../../src/lib/citation/format-off-thread.ts", import.meta.url).href;

test("a process that only waits for its references stays alive until they come, then ends", () => {
  const script = [
    `globalThis.__CITATION_FORMAT_WORKER__ = ${JSON.stringify(worker)};`,
    `const { formatReferencesOffThread } = await import(${JSON.stringify(offThread)});`,
    `const references = await formatReferencesOffThread({ id: "x", type: "webpage", title: "A page", URL: "https://example.org/" });`,
    `console.log(references.map((reference) => reference.style).join(" "));`,
  ].join("\n");
  const dir = mkdtempSync(join(tmpdir(), "iskp-citation-worker-"));
  writeFileSync(join(dir, "wait.mjs"), script);
  const run = spawnSync(process.execPath, [join(dir, "wait.mjs")], { encoding: "utf8", timeout: 60_000 });
  rmSync(dir, { recursive: true, force: true });
  expect(run.stderr, "what the process printed").toBe("");
  expect(run.stdout.trim()).toBe("apa modern-language-association chicago-note-bibliography harvard-cite-them-right");
  expect(run.status).toBe(0);
});
