import { expect, test } from "vitest";
import { formatStepTimings, parseStepTimings } from "../../scripts/lib/step-timings.ts";

// The end of a build's output, as scripts/build.ts prints it, with other parentheses before it.
const output = [
  "15:02:11 [build] 156 page(s) built in 21.40s",
  "Share images: 25 drawn, 0 unchanged (1200×630).",
  "Links: 27 pages and 12 other text files checked at /, no broken internal link or anchor (not fetched).",
  "",
  "Built dist/ in 31.7 s (astro build 22.4 s, reading 3.1 s, search index 0.6 s, share images 0.9 s, links 0.2 s, weight 0.4 s); peak memory 0.61 GB in astro build, 0.21 GB in the steps after it (Pagefind runs in a process of its own).",
  "",
].join("\n");

test("reads every step of a build's closing line, in order, with its seconds", () => {
  expect(parseStepTimings(output)).toEqual([
    ["astro build", 22.4],
    ["reading", 3.1],
    ["search index", 0.6],
    ["share images", 0.9],
    ["links", 0.2],
    ["weight", 0.4],
  ]);
});

test("finds no timings in output that has none, as when a build fails", () => {
  expect(parseStepTimings("astro build stopped (exit code 1); its messages are above.\n")).toBeUndefined();
});

test("prints each step to a tenth of a second, as the bench reads it back", () => {
  const line = formatStepTimings([
    ["astro build", 43.14],
    ["share images", 11.96],
  ]);
  expect(line).toBe("astro build 43.1 s, share images 12.0 s");
  expect(parseStepTimings(`Built dist/ in 60.0 s (${line}); peak memory 1.20 GB`)).toEqual([
    ["astro build", 43.1],
    ["share images", 12],
  ]);
});
