/**
 * A copy of the project in a temporary folder, for builds that must not touch the real one: the
 * benchmark's thousand-article site, and the build tests that break a build on purpose. It shares
 * the installed packages (each one linked, so the copy's caches in node_modules/ are its own).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyArticles } from "./synthetic.ts";

// .gitignore too: Tailwind does not scan what git ignores, and without it would read the caches and
// the output of the copy's previous build into its stylesheet.
const PROJECT = [
  "src",
  "content",
  "public",
  "scripts",
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
  ".gitignore",
];

/** Copies the project at `root` into a new temporary folder, and returns the folder. */
export function copyProject(root: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `iskp-${name}-`));
  for (const entry of PROJECT) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  linkPackages(root, dir);
  return dir;
}

const CACHES = new Set([".astro", ".cache", ".vite", ".vite-temp", ".vitest-cache"]);

/** Links each installed package of `root` into `dir`/node_modules, leaving out its caches. */
export function linkPackages(root: string, dir: string): void {
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (CACHES.has(entry)) continue;
    symlinkSync(join(root, "node_modules", entry), join(dir, "node_modules", entry));
  }
}

/** Adds `count` copies of the project's real articles to a copy's content (see `copyArticles`). */
export function addArticleCopies(dir: string, count: number): void {
  const articles = join(dir, "content", "articles");
  const real = readdirSync(articles)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => ({ slug: name.slice(0, -".mdx".length), mdx: readFileSync(join(articles, name), "utf8") }));
  for (const copy of copyArticles(real, count)) writeFileSync(join(articles, `${copy.slug}.mdx`), copy.mdx);
}
