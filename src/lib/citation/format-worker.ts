/**
 * Formats references in a worker thread of the build: each message is `{ id, item }`, each reply
 * `{ id, references }` (see ./format-off-thread.ts). Node runs this file as it is, without Vite.
 */
import { parentPort } from "node:worker_threads";
import type { CslItem } from "./csl-item.ts";
import { formatReferences } from "./format.ts";

parentPort?.on("message", ({ id, item }: { id: number; item: CslItem }) => {
  parentPort?.postMessage({ id, references: formatReferences(item) });
});

// The first formatting reads the styles and builds an engine for each: done now, while the build
// is still loading its pages, rather than while the first page waits for its references.
formatReferences({
  id: "warm-up",
  type: "webpage",
  title: "Warm-up",
  issued: { "date-parts": [[2024, 1, 1]] },
  URL: "https://example.org/",
});
