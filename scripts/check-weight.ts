/**
 * Runs after `astro build`: weighs every page's first visit (HTML, CSS, JS, images; gzip) and fails
 * when an article exceeds 50 KB or any page but /search/ loads more than 10 KB of JavaScript, or
 * when a page loads an asset that is not in the build (or is outside the base path, BASE_PATH).
 * `--table` prints every page's figures.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { deploymentFromEnv } from "../src/lib/deployment.ts";
import { withoutBase } from "../src/lib/paths.ts";
import { kb, overBudget, weighPage } from "../src/lib/page-weight.ts";

const dist = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "dist";
const { base } = deploymentFromEnv(process.env);
const missing: string[] = [];
/** Reads a file of the build by the URL `page` loads it from, noting it when there is none. */
const reader = (page: string) => (url: string) => {
  const path = withoutBase(decodeURI(url), base);
  const file = path === undefined ? undefined : join(dist, path);
  if (file && existsSync(file) && !file.endsWith(sep)) return readFileSync(file);
  missing.push(
    `${page}: loads ${url}, which is ${path === undefined ? `outside the base path ${base}` : "not in the build"}`,
  );
  return undefined;
};
const weights = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
  .map((entry) => {
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(dist, file).split(sep).join("/")}`.replace(/index\.html$/, "");
    return weighPage(path, readFileSync(file, "utf8"), reader(path));
  })
  .sort((a, b) => a.path.localeCompare(b.path));

if (process.argv.includes("--table")) {
  console.table(
    Object.fromEntries(
      weights.map((w) => [
        w.path,
        { html: kb(w.html), css: kb(w.css), js: kb(w.js), other: kb(w.other), total: kb(w.total) },
      ]),
    ),
  );
}
const problems = [...missing, ...overBudget(weights)];
if (problems.length > 0) {
  console.error(
    `Page weight over budget, or an asset missing:\n${problems.map((problem) => `  ${problem}`).join("\n")}`,
  );
  process.exit(1);
}
const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
console.log(
  `Page weight: ${weights.length} pages within budget; heaviest first visit ${heaviest.path} at ${kb(heaviest.total)} gzip.`,
);
