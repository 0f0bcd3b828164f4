/**
 * `npm run check:content [content-dir]`: verifies every quotation against its source and prints a
 * report per article and per source. Exits 1 on any error. The build runs the same check.
 */
import { checkContent, formatError } from "../src/lib/provenance/check.ts";
import { loadContent } from "../src/lib/provenance/load.ts";

const contentDir = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "content";
const { sources, articles, data } = loadContent(process.cwd(), contentDir);
const result = checkContent(sources, articles, data);

console.log("Articles");
console.table(
  Object.fromEntries(
    result.articles.map((a) => [
      a.slug,
      { claims: a.claims, citations: a.citations, paragraphs: a.paragraphs, "no claim": a.unclaimedParagraphs },
    ]),
  ),
);
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
console.log(`\n${result.claims.length} claims verified against ${sources.length} sources.`);
