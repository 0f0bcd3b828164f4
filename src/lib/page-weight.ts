import { gzipSync } from "node:zlib";

/** What one page costs a first-time visitor, in gzip bytes, by kind of file. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

/** The same-origin files a page loads on first visit: stylesheets, scripts, images, fonts. */
export function assetsOf(html: string): string[] {
  const urls = [
    ...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|preload|modulepreload|icon)"[^>]*\bhref="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|preload|modulepreload|icon)"/g),
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g),
  ].map((match) => match[1] ?? "");
  return [...new Set(urls.filter((url) => url.startsWith("/")))];
}

/** Modules a script imports statically (bundlers write `import"./x.js"` or `from"./x.js"`). */
export function importsOf(js: string): string[] {
  return [...js.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)].map((match) => match[1] ?? "");
}

/**
 * Weighs a page: its HTML, and every asset it loads, following script imports. `read` returns a
 * file of the built site by its URL path, or undefined if there is none. Inline scripts and styles
 * are part of the HTML's weight.
 */
export function weighPage(path: string, html: string, read: (url: string) => Buffer | undefined): PageWeight {
  const weight = { path, html: gzipSize(html), css: 0, js: 0, other: 0, total: 0 };
  const seen = new Set<string>();
  const visit = (url: string) => {
    const clean = url.split(/[?#]/)[0] ?? url;
    if (seen.has(clean)) return;
    seen.add(clean);
    const file = read(clean);
    if (!file) return;
    const size = gzipSize(file);
    if (clean.endsWith(".css")) weight.css += size;
    else if (clean.endsWith(".js")) {
      weight.js += size;
      for (const imported of importsOf(file.toString("utf8"))) visit(new URL(imported, `http://site${clean}`).pathname);
    } else weight.other += size;
  };
  for (const asset of assetsOf(html)) visit(asset);
  weight.total = weight.html + weight.css + weight.js + weight.other;
  return weight;
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
