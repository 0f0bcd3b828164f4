/**
 * `npm run bench`: figures, not a test. Prints
 *   1. the build time and peak memory of the site as it is;
 *   2. how that grows with 100 and 1,000 synthetic articles full of verified claims, built in a
 *      temporary copy of the project;
 *   3. every page's first-visit weight (gzip).
 * Nothing here fails on a number; budgets are enforced by the build (scripts/check-weight.ts).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Run {
  seconds: number;
  peakMemoryMB: number;
}

const root = process.cwd();
const node = process.execPath;

function measure(dir: string): Run {
  const out = execFileSync(node, [join(root, "scripts/bench-build.ts")], { cwd: dir, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Run;
}

function countPages(dir: string): number {
  return readdirSync(join(dir, "dist"), { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
}

/** Sentences of a source long enough to quote, for synthetic claims that pass the check. */
function quotable(sourceFile: string): string[] {
  const body = readFileSync(sourceFile, "utf8").split(/\n---\n/)[1] ?? "";
  return body
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.replace(/\s+/g, " ").trim())
    .filter((sentence) => sentence.length > 60 && !/["{}<>]/.test(sentence));
}

function syntheticArticle(n: number, sentences: string[]): string {
  const claims = Array.from({ length: 20 }, (_, k) => {
    const quote = sentences[(n + k) % sentences.length] ?? "";
    return `<Claim id="bench-${n}-${k}" kind="fact" source="bacha-2024" quote="${quote}">Synthetic claim ${k} of article ${n}.</Claim>`;
  });
  return [
    "---",
    `title: Synthetic article ${n}`,
    "standfirst: A generated article for measuring how the build scales.",
    `order: ${100 + n}`,
    "published: 2026-11-22",
    "reviewed: 2026-11-22",
    "---",
    "",
    "<KeyPoints>",
    `- ${claims[0] ?? ""}`,
    "</KeyPoints>",
    "",
    "## Body",
    "",
    ...claims.slice(1).map((claim) => `${claim}\n`),
  ].join("\n");
}

function scaled(count: number): { run: Run; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), `iskp-bench-${count}-`));
  try {
    for (const entry of ["src", "content", "public", "astro.config.mjs", "tsconfig.json", "package.json"]) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    const sentences = quotable(join(root, "content/sources/bacha-2024.md"));
    for (let n = 1; n <= count; n++) {
      writeFileSync(join(dir, "content/articles", `bench-${n}.mdx`), syntheticArticle(n, sentences));
    }
    const run = measure(dir);
    return { run, pages: countPages(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows: Record<string, Record<string, string>> = {};
const site = measure(root);
const sitePages = countPages(root);
rows["the site"] = row(site, sitePages);
for (const count of [100, 1000]) {
  const { run, pages } = scaled(count);
  rows[`+${count} synthetic articles`] = row(run, pages);
}

function row(run: Run, pages: number) {
  return {
    pages: String(pages),
    "build (s)": run.seconds.toFixed(1),
    "ms per page": ((run.seconds * 1000) / pages).toFixed(0),
    "peak memory (MB)": run.peakMemoryMB.toFixed(0),
  };
}

console.log("Build (astro build, in a fresh process each)");
console.table(rows);
console.log("\nFirst-visit page weight of the site (gzip)");
execFileSync(node, [join(root, "scripts/check-weight.ts"), "--table"], { stdio: "inherit" });
