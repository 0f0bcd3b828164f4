import { readFileSync } from "node:fs";
import { join } from "node:path";
import { withoutBase } from "../../src/lib/paths.ts";
import { gzipSize, type BuiltSite } from "./dist.ts";

/** What one page costs a first-time visitor, in gzip bytes, by kind of file. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

/** Modules a script imports statically (bundlers write `import"./x.js"` or `from"./x.js"`). */
export function importsOf(js: string): string[] {
  return [...js.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)].map((match) => match[1] ?? "");
}

/** A page as the weight check needs it: its path, its HTML's size (gzip) and the assets it loads. */
export interface PageToWeigh {
  path: string;
  html: number;
  assets: string[];
}

/**
 * Weighs pages: each one's HTML and every asset it loads, following script imports. `read`
 * returns a file of the built site by its URL path (and the page that loads it), or undefined if
 * there is none; each asset is read and compressed once for all the pages that load it. Inline scripts and styles are part of
 * the HTML's weight.
 */
export function weighPages(
  pages: PageToWeigh[],
  read: (url: string, page: string) => Buffer | undefined,
): PageWeight[] {
  const sizes = new Map<string, { size: number; imports: string[] } | undefined>();
  const asset = (url: string, page: string) => {
    if (!sizes.has(url)) {
      const file = read(url, page);
      sizes.set(
        url,
        file && {
          size: gzipSize(file),
          imports: url.endsWith(".js")
            ? importsOf(file.toString("utf8")).map((imported) => new URL(imported, `http://site${url}`).pathname)
            : [],
        },
      );
    }
    return sizes.get(url);
  };
  return pages.map(({ path, html, assets }) => {
    const weight = { path, html, css: 0, js: 0, other: 0, total: 0 };
    const seen = new Set<string>();
    const visit = (url: string) => {
      const clean = url.split(/[?#]/)[0] ?? url;
      if (seen.has(clean)) return;
      seen.add(clean);
      const file = asset(clean, path);
      if (!file) return;
      if (clean.endsWith(".css")) weight.css += file.size;
      else if (clean.endsWith(".js")) weight.js += file.size;
      else weight.other += file.size;
      for (const imported of file.imports) visit(imported);
    };
    for (const url of assets) visit(url);
    weight.total = weight.html + weight.css + weight.js + weight.other;
    return weight;
  });
}

/** The budgets: an article's first visit, and JavaScript on any page but search. */
export const BUDGET = { article: 50 * 1024, js: 10 * 1024 } as const;

/** What is over budget, in words, for the build log. */
export function overBudget(weights: PageWeight[]): string[] {
  const problems: string[] = [];
  for (const weight of weights) {
    if (/^\/articles\/[^/]+\/$/.test(weight.path) && weight.total > BUDGET.article) {
      problems.push(
        `${weight.path}: first visit ${kb(weight.total)} gzip, over the ${kb(BUDGET.article)} budget for articles`,
      );
    }
    if (!weight.path.startsWith("/search/") && weight.js > BUDGET.js) {
      problems.push(`${weight.path}: ${kb(weight.js)} of JavaScript gzip, over the ${kb(BUDGET.js)} budget`);
    }
  }
  return problems;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Weighs every page of a built site. Assets are read from the site's folder by the URL the page
 * loads them from; one that is not in the build, or outside the base path, is reported with the
 * first page that loads it.
 */
export function weighSite(site: BuiltSite, base: string): { weights: PageWeight[]; missing: string[] } {
  const missing: string[] = [];
  const pages = site.pages
    .map((page) => ({ path: page.path, html: page.gzip, assets: page.assets }))
    .sort((a, b) => a.path.localeCompare(b.path));
  const weights = weighPages(pages, (url, page) => {
    const path = withoutBase(decodeURI(url), base);
    if (path !== undefined && site.files.has(path)) return readFileSync(join(site.dir, path));
    missing.push(
      `${page}: loads ${url}, which is ${path === undefined ? `outside the base path ${base}` : "not in the build"}`,
    );
    return undefined;
  });
  return { weights, missing };
}
