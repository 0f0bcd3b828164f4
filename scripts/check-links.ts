/**
 * `node scripts/check-links.ts [folder]`: the link check that `npm run build` runs, on a built site
 * (default `dist`): fails when any internal link or #fragment points nowhere or leaves the site's
 * base path, and writes the external links to `<folder>-external-links.txt` for review (they are
 * never fetched). Reads SITE_URL and BASE_PATH as the build does.
 */
import { writeFileSync } from "node:fs";
import { deploymentFromEnv } from "../src/lib/deployment.ts";
import { readSite } from "./lib/dist.ts";
import { checkLinks, linksOfSite } from "./lib/links.ts";

const dist = process.argv[2] ?? "dist";
const { site: origin, base } = deploymentFromEnv(process.env);
const site = await readSite(dist, origin);
const { broken, external } = checkLinks(linksOfSite(site, base), { origin, base });
const list = `${dist.replace(/[/\\]+$/, "")}-external-links.txt`;
writeFileSync(list, [...external].sort().join("\n") + "\n");
if (broken.length > 0) {
  console.error(`${broken.length} broken link(s) in ${dist}/ (served at ${origin}${base}):`);
  for (const link of broken) console.error(`  ${link.page}: ${link.href}  (${link.problem})`);
  console.error("Fix the link or the anchor it points to; the build is not ready to ship.");
  process.exit(1);
}
console.log(
  `Links: ${site.pages.length} pages and ${site.texts.length} other text files checked at ${base}, no broken internal link or anchor; ${external.size} external links listed in ${list} (not fetched).`,
);
