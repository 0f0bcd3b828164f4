import { expect, test } from "vitest";
import { overBudget, weighPages } from "../../scripts/lib/page-weight.ts";

/**
 * The built files the pages load. A host sends them with gzip at its default level: 46, 59, 49 and
 * 28 bytes, as `printf '%s' '<text>' | gzip -6n | wc -c` counts them.
 */
const files: Record<string, string> = {
  "/_astro/site.css": "body{color:black}".repeat(50),
  "/_astro/page.js": 'import"./shared.js";console.log("page")',
  "/_astro/shared.js": "export const shared = 1;".repeat(20),
  "/favicon.svg": "<svg></svg>",
};

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
  // The stylesheet once though it is loaded twice; the script and the module it imports.
  expect(first).toEqual({ path: "/articles/a/", html: 1000, css: 46, js: 59 + 49, other: 28, total: 1182 });
  expect(second).toEqual({ path: "/articles/b/", html: 2000, css: 46, js: 59 + 49, other: 28, total: 2182 });
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
  const kb50 = 50 * 1024;
  const kb10 = 10 * 1024;
  expect(overBudget([light])).toEqual([]);
  expect(overBudget([{ ...light, total: kb50 }])).toEqual([]);
  expect(overBudget([{ ...light, total: kb50 + 1 }])).toEqual([
    "/articles/a/: first visit 50.0 KB gzip, over the 50.0 KB budget for articles",
  ]);
  expect(overBudget([{ ...light, path: "/about/", total: kb50 + 1 }])).toEqual([]);
  expect(overBudget([{ ...light, path: "/about/", js: kb10 }])).toEqual([]);
  expect(overBudget([{ ...light, path: "/about/", js: kb10 + 1 }])).toEqual([
    "/about/: 10.0 KB of JavaScript gzip, over the 10.0 KB budget",
  ]);
  expect(overBudget([{ ...light, path: "/search/", js: kb10 + 1 }])).toEqual([]);
});
