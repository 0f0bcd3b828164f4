import { expect, test } from "vitest";
import { BUDGET, gzipSize, overBudget, weighPage } from "~/lib/page-weight";

const files: Record<string, string> = {
  "/_astro/site.css": "body{color:black}".repeat(50),
  "/_astro/page.js": 'import"./shared.js";console.log("page")',
  "/_astro/shared.js": "export const shared = 1;".repeat(20),
  "/favicon.svg": "<svg></svg>",
};
const read = (url: string) => (url in files ? Buffer.from(files[url] ?? "") : undefined);
const html =
  '<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/page.js"></script><p>Hello</p>';

test("a page weighs its HTML plus every asset it loads, following script imports, once each", () => {
  const weight = weighPage("/articles/a/", `${html}${html}`, read);
  expect(weight.css).toBe(gzipSize(files["/_astro/site.css"] ?? ""));
  expect(weight.js).toBe(gzipSize(files["/_astro/page.js"] ?? "") + gzipSize(files["/_astro/shared.js"] ?? ""));
  expect(weight.other).toBe(gzipSize(files["/favicon.svg"] ?? ""));
  expect(weight.total).toBe(weight.html + weight.css + weight.js + weight.other);
});

test("an article over 50 KB, or JavaScript over 10 KB outside search, is over budget", () => {
  const light = { path: "/articles/a/", html: 1000, css: 0, js: 0, other: 0, total: 1000 };
  expect(overBudget([light])).toEqual([]);
  expect(overBudget([{ ...light, total: BUDGET.article + 1 }])).toHaveLength(1);
  expect(overBudget([{ ...light, path: "/about/", total: BUDGET.article + 1 }])).toEqual([]);
  expect(overBudget([{ ...light, path: "/about/", js: BUDGET.js + 1 }])).toHaveLength(1);
  expect(overBudget([{ ...light, path: "/search/", js: BUDGET.js + 1 }])).toEqual([]);
});
