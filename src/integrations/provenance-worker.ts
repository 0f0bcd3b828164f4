/**
 * Runs the content check (src/lib/provenance/) on the files it is given, in a worker thread of the
 * build, and posts the result back: see `provenance()` in ./provenance.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkContent } from "../lib/provenance/check.ts";
import type { ContentFiles } from "../lib/provenance/load.ts";

parentPort?.postMessage(checkContent(workerData as ContentFiles));
