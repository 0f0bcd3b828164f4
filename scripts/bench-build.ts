/**
 * Builds the Astro site in the current directory in this process and prints how long it took and
 * the process's peak memory, as JSON. `npm run bench` runs it in a fresh process per measurement.
 */
import { build } from "astro";

const started = performance.now();
await build({ root: process.cwd(), logLevel: "error" });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakMemoryMB: process.resourceUsage().maxRSS / 1024 }));
