import { gzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { BUDGET, overBudget, weighPages } from "../../scripts/lib/page-weight.ts";

const files: Record<string, string> = {
  "/_astro/site.css": "body{color:black}".repeat(50),
  "/_astro/page.js": 'import"./shared.js";console.log("page")',
  "/_astro/shared.js": "export const shared = 1;".repeat(20),
  "/favicon.svg": "<svg></svg>",
};
/** What a host sends for a file: gzip at its default level (node's zlib, not the code under test). */
const sent = (url: string) => gzipSync(files[url] ?? "").length;

test("a page weighs its HTML plus every asset it loads, following script imports, once each", () => {
  const reads: string[] = [];
  const read = (url: string) => {
    reads.push(url);
    return url in files ? Buffer.from(files[url] ?? "") : undefined;
  };
  const assets = ["/_astro/site.css", "/favicon.svg", "/_astro/page.js", "/_astro/site.css?v=2"];
  const [first, second] = weighPages(
    [
      { path: "/articles/a/", html: 1000, assets },
      { path: "/articles/b/", html: 2000, assets },
    ],
    read,
  );
  expect(first).toEqual({
    path: "/articles/a/",
    html: 1000,
    css: sent("/_astro/site.css"),
    js: sent("/_astro/page.js") + sent("/_astro/shared.js"),
    other: sent("/favicon.svg"),
    total: 1000 + sent("/_astro/site.css") + sent("/_astro/page.js") + sent("/_astro/shared.js") + sent("/favicon.svg"),
  });
  expect(second?.total).toBe((first?.total ?? 0) + 1000);
  // Each file is read once for the whole site, not once per page that loads it.
  expect(reads.sort()).toEqual(["/_astro/page.js", "/_astro/shared.js", "/_astro/site.css", "/favicon.svg"]);
});

test("an asset that is not in the build is reported with the page that loads it", () => {
  const missing: string[] = [];
  weighPages([{ path: "/about/", html: 10, assets: ["/_astro/gone.css"] }], (url, page) => {
    missing.push(`${page} ${url}`);
    return undefined;
  });
  expect(missing).toEqual(["/about/ /_astro/gone.css"]);
});

test("an article over 50 KB, or JavaScript over 10 KB outside search, is over budget", () => {
  const light = { path: "/articles/a/", html: 1000, css: 0, js: 0, other: 0, total: 1000 };
  expect(overBudget([light])).toEqual([]);
  expect(overBudget([{ ...light, total: BUDGET.article + 1 }])).toHaveLength(1);
  expect(overBudget([{ ...light, path: "/about/", total: BUDGET.article + 1 }])).toEqual([]);
  expect(overBudget([{ ...light, path: "/about/", js: BUDGET.js + 1 }])).toHaveLength(1);
  expect(overBudget([{ ...light, path: "/search/", js: BUDGET.js + 1 }])).toEqual([]);
});
