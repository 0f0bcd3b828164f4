/**
 * `npm run check:content [content-dir]`: runs every rule of the content check (src/lib/provenance/
 * rules/) and prints a report per article and per source, with the editorial budget: words a reader
 * reads, passages retold in several articles, and how much of each source the site quotes. Exits
 * 1 on any error (the budget is reported, not enforced). The build and `astro dev` run the same check.
 */
import { checkContent, formatError } from "../src/lib/provenance/check.ts";
import { loadContent } from "../src/lib/provenance/load.ts";

/** The editorial budget (issue "Articles that summarise"): what a reader should have to read. */
const BUDGET = { totalWords: 3_200, articleWords: 900, tellings: 2, coverage: 0.9, minuteWords: 120 };

const contentDir = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "content";
const result = checkContent(loadContent(process.cwd(), contentDir));
const mark = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");

console.log("Articles (words: what a reader reads, without notes, footnotes and the citation block)");
console.table(
  Object.fromEntries(
    result.articles.map((a) => [
      a.slug,
      { claims: a.claims, citations: a.citations, words: a.words, budget: mark(a.words <= BUDGET.articleWords) },
    ]),
  ),
);
const total = result.articles.reduce((sum, article) => sum + article.words, 0);
console.log(
  `Words across all articles: ${total.toLocaleString("en-GB")} (budget ${BUDGET.totalWords.toLocaleString("en-GB")}, ${String(BUDGET.articleWords)} an article): ${mark(total <= BUDGET.totalWords)}`,
);

console.log(
  `ISKP in a minute (home page): ${String(result.minute.ids.length)} claims, ${String(result.minute.words)} words (budget ${String(BUDGET.minuteWords)}): ${mark(result.minute.words <= BUDGET.minuteWords)}`,
);

const retold = result.retold.filter((passage) => passage.articles.length > BUDGET.tellings);
console.log(
  `Source passages told in the body of more than ${String(BUDGET.tellings)} articles: ${String(retold.length)} (budget 0): ${mark(retold.length === 0)}`,
);
for (const passage of retold) console.log(`  ${passage.source}: ${passage.sentence} (${passage.articles.join(", ")})`);

console.log("Sources: share of substantive sentences that some quotation covers");
console.table(
  Object.fromEntries(
    result.sources.map((s) => {
      const share = s.coveredSentences / Math.max(1, s.substantiveSentences);
      return [
        s.id,
        {
          sentences: s.substantiveSentences,
          covered: s.coveredSentences,
          share: `${Math.round(100 * share)}%`,
          budget: `${mark(share >= BUDGET.coverage)} (at least ${String(100 * BUDGET.coverage)}%)`,
        },
      ];
    }),
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
