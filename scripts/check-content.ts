/**
 * `npm run check:content [content-dir]`: runs every rule of the content check (src/lib/provenance/
 * rules/) and prints a report per article and per source. Exits 1 on any error. The build and
 * `astro dev` run the same check on the same files.
 */
import { checkContent, formatError } from "../src/lib/provenance/check.ts";
import { loadContent } from "../src/lib/provenance/load.ts";

const contentDir = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "content";
const result = checkContent(loadContent(process.cwd(), contentDir));

console.log("Articles");
console.table(Object.fromEntries(result.articles.map((a) => [a.slug, { claims: a.claims, citations: a.citations }])));
console.log("Sources: share of substantive sentences that some quotation covers");
console.table(
  Object.fromEntries(
    result.sources.map((s) => [
      s.id,
      {
        sentences: s.substantiveSentences,
        covered: s.coveredSentences,
        share: `${Math.round((100 * s.coveredSentences) / Math.max(1, s.substantiveSentences))}%`,
      },
    ]),
  ),
);
if (process.argv.includes("--gaps")) {
  for (const s of result.sources) for (const sentence of s.uncovered) console.log(`  ${s.id}: ${sentence}`);
}

if (result.errors.length > 0) {
  console.error(`\n${result.errors.length} content error(s):\n`);
  for (const error of result.errors) console.error(`${formatError(error)}\n`);
  process.exit(1);
}
console.log(`\n${result.claims.length} claims verified against ${result.sources.length} sources.`);
