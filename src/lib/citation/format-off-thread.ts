/**
 * `formatReferences` in a worker thread (./format-worker.ts). citeproc takes about 18 ms a page
 * for the four styles, a fifth of what rendering a page costs in all; in the build's main thread
 * that is 23 s of a thousand-article build. In the worker it runs on another core while Astro
 * renders other pages (the config's `build.concurrency`), and the page waits only for its own
 * references. The worker starts when this module is loaded, and keeps the process alive only
 * while a page waits for it.
 */
import { Worker } from "node:worker_threads";
import type { CslItem } from "./csl-item.ts";
import type { FormattedReference } from "./format.ts";

/** Where the worker's source is: set in astro.config.mjs, since a bundled page cannot find it. */
declare const __CITATION_FORMAT_WORKER__: string;

interface Pending {
  resolve: (references: FormattedReference[]) => void;
  reject: (error: unknown) => void;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let next = 0;

function start(): Worker {
  const started = new Worker(new URL(__CITATION_FORMAT_WORKER__));
  started.on("message", ({ id, references }: { id: number; references: FormattedReference[] }) => {
    pending.get(id)?.resolve(references);
    pending.delete(id);
    if (pending.size === 0) started.unref();
  });
  const fail = (error: unknown) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };
  started.on("error", fail);
  started.on("exit", (code) => {
    fail(new Error(`The citation worker stopped (exit code ${String(code)}).`));
  });
  return started;
}

/** The item's reference in every offered style, as HTML, formatted off the main thread. */
export function formatReferencesOffThread(item: CslItem): Promise<FormattedReference[]> {
  worker ??= start();
  // Waiting for the worker is all a page may be doing: without a reference, Node would end the build.
  worker.ref();
  const id = next++;
  const promise = new Promise<FormattedReference[]>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker.postMessage({ id, item });
  return promise;
}

// Started when a page that cites is loaded, not when the first page asks: Astro loads every page
// for its paths before it renders any, and the worker's second or so of loading citeproc and the
// styles then passes before the first page needs it (at 1,000 articles the build's main thread
// sat idle for 1.6 s at the start of rendering, waiting for it).
worker = start();
worker.unref();
