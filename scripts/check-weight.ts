/**
 * `node scripts/check-weight.ts [folder] [--table]`: the weight check that `npm run build` runs, on
 * a built site (default `dist`): weighs every page's first visit (HTML, CSS, JS, images; gzip) and
 * fails when an article exceeds 50 KB or any page but /search/ loads more than 10 KB of JavaScript,
 * or when a page loads an asset that is not in the build (or is outside the base path, BASE_PATH).
 * `--table` prints every page's figures.
 */
import { deploymentFromEnv } from "../src/lib/deployment.ts";
import { readSite } from "./lib/dist.ts";
import { kb, overBudget, weighSite } from "./lib/page-weight.ts";

const dist = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "dist";
const { site: origin, base } = deploymentFromEnv(process.env);
const { weights, missing } = weighSite(await readSite(dist, origin), base);

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
