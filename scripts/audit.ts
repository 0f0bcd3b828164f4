/**
 * Runs Lighthouse (mobile, its default) on one page of every page type in the built site and fails
 * unless performance, accessibility, best practices and SEO all score 100. It serves `dist/` itself
 * and launches the Chromium that the browser tests use.
 *
 *   npm run audit                              every page type
 *   npm run audit -- --pages home,article      only these page types
 *   npm run audit -- --reports lighthouse      also save each page's full report (HTML and JSON)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import {
  CATEGORIES,
  failedAudits,
  failingCategories,
  formatTable,
  pagesToAudit,
  scoresOf,
  selectPages,
  runAgain,
  bestRun,
  SLOW_HOST,
  THRESHOLD,
  type AuditRow,
} from "../src/lib/lighthouse.ts";
import { chromiumArgs, findChromium } from "./find-browser.ts";

const DIST = "dist";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
  ".ris": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** The file a URL path names in `dist/`: index.html for a directory; undefined when there is none. */
function fileFor(urlPath: string): string | undefined {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined; // A malformed escape names no file.
  }
  const file = normalize(join(DIST, decoded));
  if (relative(DIST, file).startsWith("..")) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

/**
 * A static server for `dist/` on a free port, as a production host would serve it: text
 * compressed with gzip (every static host compresses, and Lighthouse's simulated slow network
 * counts the bytes sent), 404.html with status 404 for a miss.
 */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? "/", "http://localhost").pathname;
    const found = fileFor(urlPath);
    const file = found ?? join(DIST, "404.html");
    const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
    let body = readFileSync(file);
    const headers: Record<string, string> = { "Content-Type": type };
    if (
      /^(text|application\/(json|xml|javascript))|svg/.test(type) &&
      /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")
    ) {
      body = gzipSync(body);
      headers["Content-Encoding"] = "gzip";
    }
    response.writeHead(found ? 200 : 404, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve(server);
    });
  });
}

function builtPages() {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = `/${relative(DIST, file).split(sep).join("/")}`.replace(/index\.html$/, "");
      return { path, bytes: statSync(file).size };
    });
}

const { values: options } = parseArgs({
  options: { pages: { type: "string", default: "" }, reports: { type: "string" } },
});
const requested = options.pages
  .split(",")
  .map((type) => type.trim())
  .filter(Boolean);

if (!existsSync(join(DIST, "index.html"))) {
  console.error("No built site in dist/: run `npm run build` first.");
  process.exit(1);
}

let pages;
try {
  pages = selectPages(pagesToAudit(builtPages()), requested);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const server = await serve();
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ["--headless=new", ...chromiumArgs()],
  logLevel: "silent",
});

/** Runs of a page are a few seconds apart, to let a burst of other work on the machine pass. */
const PAUSE_MS = 5000;

async function audit(path: string) {
  const result = await lighthouse(`${origin}${path}`, {
    port: chrome.port,
    output: ["html", "json"],
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${path}.`);
  return { result, scores: scoresOf(result.lhr) };
}

const rows: AuditRow[] = [];
const reports: string[] = [];
try {
  // One page at a time: Lighthouse measures the main thread, and two runs at once would slow
  // each other down and cost performance points that the site did not lose.
  for (const page of pages) {
    const started = performance.now();
    const first = await audit(page.path);
    const runs: [typeof first, ...(typeof first)[]] = [first];
    let last = first;
    while (runAgain(last.scores, runs.length)) {
      console.log(`${page.type}: performance ${last.scores.performance ?? "?"} on run ${runs.length}; running again`);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      last = await audit(page.path);
      runs.push(last);
    }
    const { result, scores } = bestRun(runs);
    const seconds = (performance.now() - started) / 1000;
    const { lhr } = result;
    if (options.reports) {
      mkdirSync(options.reports, { recursive: true });
      const [html = "", json = ""] = [result.report].flat();
      writeFileSync(join(options.reports, `${page.type}.html`), html);
      writeFileSync(join(options.reports, `${page.type}.json`), json);
    }
    const { benchmarkIndex } = lhr.environment;
    rows.push({ ...page, scores, benchmarkIndex, runs: runs.length, seconds });
    console.log(
      `${page.type}: ${CATEGORIES.map((category) => scores[category] ?? "?").join(" ")} in ${seconds.toFixed(1)} s`,
    );
    if (lhr.runtimeError) reports.push(`${page.type} (${page.path}): ${lhr.runtimeError.message}`);
    for (const category of failingCategories(scores)) {
      const audits = failedAudits(lhr, category);
      const slow =
        category === "performance" && benchmarkIndex < SLOW_HOST
          ? ` in ${runs.length} runs, on a machine slower than Lighthouse expects (benchmark index ${Math.round(benchmarkIndex)}, under ${SLOW_HOST}): try again when it is less busy`
          : category === "performance"
            ? ` in ${runs.length} runs`
            : "";
      reports.push(
        [
          `${page.type} (${page.path}), ${category} ${scores[category] ?? "?"}${slow}:`,
          ...audits.flatMap((audit) => [
            `  ✗ ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""} [${audit.id}]`,
            ...audit.elements.map((element) => `      ${element}`),
          ]),
        ].join("\n"),
      );
    }
  }
} finally {
  chrome.kill();
  server.close();
}

console.log(`\n${formatTable(rows)}\n`);
console.log(`Total ${rows.reduce((sum, row) => sum + row.seconds, 0).toFixed(0)} s.`);
if (reports.length > 0) {
  console.error(`\nUnder ${THRESHOLD}:\n\n${reports.join("\n\n")}`);
  process.exit(1);
}
console.log(`Lighthouse: ${rows.length} page types score 100 in all four categories.`);
