/**
 * Runs after `astro build`: fails when any internal link or #fragment in dist/ points nowhere, and
 * writes the external links to dist-external-links.txt for review (they are never fetched).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { checkLinks } from "../src/lib/links.ts";

const dist = process.argv[2] ?? "dist";
const pages = new Map<string, string | null>();
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath, entry.name);
  const path = `/${relative(dist, file).split(sep).join("/")}`;
  const html = file.endsWith(".html") ? readFileSync(file, "utf8") : null;
  pages.set(path, html);
  if (path.endsWith("/index.html")) pages.set(path.slice(0, -"index.html".length), html);
}

const { broken, external } = checkLinks(pages);
writeFileSync("dist-external-links.txt", [...external].sort().join("\n") + "\n");
const htmlPages = [...pages.keys()].filter((path) => path.endsWith(".html")).length;
if (broken.length > 0) {
  console.error(`${broken.length} broken link(s) in ${dist}/:`);
  for (const link of broken) console.error(`  ${link.page}: ${link.href}  (${link.problem})`);
  console.error("Fix the link or the anchor it points to; the build is not ready to ship.");
  process.exit(1);
}
console.log(
  `Links: ${htmlPages} pages checked, no broken internal link or anchor; ${external.size} external links listed in dist-external-links.txt (not fetched).`,
);
