/**
 * `npm run build [folder]`: builds the site into a new folder beside `dist/` (or `folder`), runs
 * every post-build step and check there, and only then puts it in the place of the old one. A build
 * that fails, or is stopped, leaves the previous site whole, and never leaves rejected pages where a
 * deployment or `npm start` would serve them.
 *
 * Steps: `astro build`, in a process of its own; then, in this one, the site reader
 * (scripts/lib/dist.ts) reads every file once, feeding the search index as it goes; the search
 * index written; share images; the link check; the weight check. Reads SITE_URL and BASE_PATH as the
 * Astro config does.
 *
 * Astro keeps about a gigabyte of the build alive after it returns (1,000 articles); in its own
 * process, that memory goes when it exits, instead of adding to the steps after it. The process
 * returns the bundler's freed memory at once, and takes it without reserving an arena (the
 * MIMALLOC_ variables, see `astroBuild`). The process runs with `--experimental-async-context-frame`:
 * Astro's incremental build follows each page's render with an AsyncLocalStorage, which on Node
 * 22's default implementation (async hooks) cost a cold build at 1,000 articles 14 s and 0.9 GB of
 * peak memory; with the flag (the default from Node 24) it costs what the build does with
 * incremental builds off.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { deploymentFromEnv } from "../src/lib/deployment.ts";
import { formatStepTimings, type StepTimings } from "./lib/step-timings.ts";

const out = resolve(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "dist");
/** `--force`: Astro starts its content layer afresh and renders every page; every article is compiled again. */
const force = process.argv.includes("--force");
const shown = relative(process.cwd(), out) || ".";
const { site: origin, base } = deploymentFromEnv(process.env);
const beside = (name: string) => join(dirname(out), `.${basename(out)}-${name}`);
/** The folder this build writes, beside `out` so that moving it into place is a rename. */
const next = beside("next");
/** Where the previous site waits while the new one is moved into place. */
const previous = beside("previous");
/** The process that is building into `next`: one build at a time per output folder. */
const lock = beside("building");
/** Where the `astro build` process leaves its peak memory (scripts/lib/report-peak.ts). */
const peakFile = beside("astro-peak");

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Takes the output folder for this build. Refuses while another build runs; otherwise clears what a
 * stopped build left (its unfinished folder) and, if it was stopped between the two renames that
 * swap the sites, puts the previous site back.
 */
function takeOver() {
  const holder = existsSync(lock) ? Number(readFileSync(lock, "utf8")) : undefined;
  if (holder !== undefined && holder !== process.pid && alive(holder)) {
    console.error(`Another build (process ${holder}) is writing ${shown}/; wait for it to finish.`);
    process.exit(1);
  }
  writeFileSync(lock, String(process.pid));
  rmSync(next, { recursive: true, force: true });
  if (existsSync(previous)) {
    if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
    else renameSync(previous, out);
  }
}

/** Each step's time, printed at the end (and read from there by `npm run bench`). */
const timings: StepTimings = [];
async function step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await run();
  timings.push([name, (performance.now() - started) / 1000]);
  return result;
}

function fail(lines: string[]): never {
  rmSync(next, { recursive: true, force: true });
  rmSync(peakFile, { force: true });
  rmSync(lock, { force: true });
  console.error(lines.join("\n"));
  console.error(
    `\nThe build failed; ${existsSync(out) ? `${shown}/ is the previous build, unchanged` : "nothing was published"}.`,
  );
  process.exit(1);
}

/** `astro build` into `next`, in a child process that shows its own output; resolves to its exit code. */
function astroBuild(): Promise<number | null> {
  const astro = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
  const report = new URL("lib/report-peak.ts", import.meta.url).href;
  // V8 lets its heap grow to several times what is alive before it collects, and while pages render
  // most of what they allocate dies soon after: at 1,000 articles the heap reached 1.2 GB over about
  // 0.4 GB of live data. Growing it by at most a quarter over what is alive after each collection
  // took the process's peak from 2.08 GB to 1.44 GB (medians of 3 paired runs), for 8-17% more wall
  // time spent collecting (two sets of paired runs). The bound follows what is alive, so a larger site
  // gets a larger heap, never an out-of-memory stop; with 7 articles the heap stays small either way.
  const heap = "--heap-growing-percent=25";
  const args = ["--experimental-async-context-frame", heap, "--import", report, astro, "build", "--outDir", next];
  if (force) args.push("--force");
  // Rolldown allocates through mimalloc, which keeps the memory it freed after bundling for reuse,
  // and rendering never reuses it: returning it at once (a purge delay of 0) took the process's
  // peak at 1,000 articles from 2.81 GB to 2.22 GB (medians of 3 paired runs), at the same speed.
  // Even so, the 1 GiB arena mimalloc reserves at start kept 250-280 MB resident through all of
  // rendering (/proc/PID/smaps, twice); with no arena, mimalloc takes its memory from the system
  // piece by piece, and the process's peak fell from 1,349 to 1,212 MiB (medians of 3 paired
  // whole builds; wall time 1.01x).
  const env = {
    ...process.env,
    ISKP_PEAK_FILE: peakFile,
    MIMALLOC_PURGE_DELAY: "0",
    MIMALLOC_DISALLOW_ARENA_ALLOC: "1",
  };
  return new Promise((done, reject) => {
    spawn(process.execPath, args, { stdio: "inherit", env }).on("error", reject).on("exit", done);
  });
}

const started = performance.now();
takeOver();
const astroExit = await step("astro build", astroBuild);
if (astroExit !== 0) fail([`astro build stopped (exit code ${String(astroExit)}); its messages are above.`]);

try {
  // The steps' modules load only now, so that while `astro build` runs this process holds 62 MB
  // rather than 84 MB: the memory of the build's processes together peaks then, at 1,000 articles
  // 1.28 GB against the 1.5 GB budget (`npm run bench`, "all processes", one run).
  const { readSite } = await import("./lib/dist.ts");
  const { createSearchIndex } = await import("./lib/search-index.ts");
  const { writeShareImages } = await import("./lib/share-images.ts");
  const { checkLinks, linksOfSite } = await import("./lib/links.ts");
  const { kb, overBudget, weighSite } = await import("./lib/page-weight.ts");
  const search = await createSearchIndex();
  const site = await step("reading", () => readSite(next, origin, (page, html) => search.add(page, next, html)));
  // The index is written, and Pagefind's process ends, before the share images are drawn, so that
  // Pagefind's memory and the drawing workers' are not taken at once; drawing while Pagefind indexed
  // was slower too, in one trial. At 1,000 articles the build's processes together hold up to
  // 1.07 GB while the index is written and 0.71 GB while drawing (one run, sampled every half
  // second), less than `astro build` before them.
  const indexed = await step("search index", () => search.write(site));
  console.log(`Search: ${indexed} pages indexed by Pagefind.`);
  const images = await step("share images", () => writeShareImages(site, { origin, base }));
  console.log(`Share images: ${images.drawn} drawn, ${images.copied} unchanged (1200×630).`);

  const { broken, external } = await step("links", () => checkLinks(linksOfSite(site, base), { origin, base }));
  if (broken.length > 0) {
    fail([
      `${broken.length} broken link(s) in the build (served at ${origin}${base}):`,
      ...broken.map((link) => `  ${link.page}: ${link.href}  (${link.problem})`),
      "Fix the link or the anchor it points to; the build is not ready to ship.",
    ]);
  }
  const list = `${shown}-external-links.txt`;
  writeFileSync(list, [...external].sort().join("\n") + "\n");
  console.log(
    `Links: ${site.pages.length} pages and ${site.texts.length} other text files checked at ${base}, no broken internal link or anchor; ${external.size} external links listed in ${list} (not fetched).`,
  );

  const { weights, missing } = await step("weight", () => weighSite(site, base));
  const problems = [...missing, ...overBudget(weights)];
  if (problems.length > 0) {
    fail(["Page weight over budget, or an asset missing:", ...problems.map((problem) => `  ${problem}`)]);
  }
  const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  console.log(
    `Page weight: ${weights.length} pages within budget; heaviest first visit ${heaviest.path} at ${kb(heaviest.total)} gzip.`,
  );
} catch (error) {
  fail([(error as Error).stack ?? String(error)]);
}

// Every check passed: the new site takes the old one's place.
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(previous, { recursive: true, force: true });
rmSync(lock, { force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const gb = (kilobytes: number) => `${(kilobytes / 1024 / 1024).toFixed(2)} GB`;
const astroPeak = existsSync(peakFile) ? gb(Number(readFileSync(peakFile, "utf8"))) : "not reported";
rmSync(peakFile, { force: true });
console.log(
  `\nBuilt ${shown}/ in ${seconds} s (${formatStepTimings(timings)}); peak memory ${astroPeak} in astro build, ${gb(process.resourceUsage().maxRSS)} in the steps after it (Pagefind runs in a process of its own).`,
);
