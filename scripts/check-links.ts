/**
 * Runs after `astro build`: fails when any internal link or #fragment in dist/ points nowhere or
 * leaves the site's base path, and writes the external links to dist-external-links.txt (next to
 * the folder checked) for review (they are never fetched). Reads SITE_URL and BASE_PATH as the
 * build does, so a sub-path build is checked at its sub-path.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { deploymentFromEnv } from "../src/lib/deployment.ts";
import { checkLinks } from "../src/lib/links.ts";
import { withBase } from "../src/lib/paths.ts";

const dist = process.argv[2] ?? "dist";
const { site, base } = deploymentFromEnv(process.env);
// Files whose text can hold links: pages, feeds, the sitemap, robots.txt, data and citation downloads.
const TEXT = new Set([".html", ".xml", ".json", ".txt", ".csv", ".bib", ".ris"]);
const files = new Map<string, string | null>();
let pages = 0;
let others = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath, entry.name);
  const path = withBase(`/${relative(dist, file).split(sep).join("/")}`, base);
  const text = TEXT.has(extname(file)) ? readFileSync(file, "utf8") : null;
  files.set(path, text);
  if (file.endsWith(".html")) pages++;
  else if (text !== null) others++;
  if (path.endsWith("/index.html")) files.set(path.slice(0, -"index.html".length), text);
}

const { broken, external } = checkLinks(files, { origin: site, base });
const list = `${dist.replace(/[/\\]+$/, "")}-external-links.txt`;
writeFileSync(list, [...external].sort().join("\n") + "\n");
if (broken.length > 0) {
  console.error(`${broken.length} broken link(s) in ${dist}/ (served at ${site}${base}):`);
  for (const link of broken) console.error(`  ${link.page}: ${link.href}  (${link.problem})`);
  console.error("Fix the link or the anchor it points to; the build is not ready to ship.");
  process.exit(1);
}
console.log(
  `Links: ${pages} pages and ${others} other text files checked at ${base}, no broken internal link or anchor; ${external.size} external links listed in ${list} (not fetched).`,
);
