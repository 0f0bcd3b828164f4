import { splitFragments } from "../normalise.ts";
import { wordsOf, type Rule } from "./rule.ts";

/** The fewest words a quotation may have: fewer cannot show what the source means. */
export const MIN_WORDS = 2;
/** The fewest words each fragment of a quotation cut by an ellipsis may have. */
export const MIN_FRAGMENT_WORDS = 3;

export const quoteFragments: Rule = {
  name: "quote-fragments",
  refuses: `a quotation of fewer than ${MIN_WORDS} words, or an ellipsis that leaves a fragment of fewer than ${MIN_FRAGMENT_WORDS} words`,
  check(site, report) {
    for (const use of site.citations) {
      const fragments = splitFragments(use.citation.quote);
      if (fragments.length === 0) continue;
      const least = fragments.length === 1 ? MIN_WORDS : MIN_FRAGMENT_WORDS;
      const short = fragments.filter((fragment) => wordsOf(fragment).length < least);
      if (short.length === 0) continue;
      report({
        file: use.file,
        line: use.line,
        column: use.column,
        ...(use.claim?.parsed ? { claim: use.claim.parsed.id } : {}),
        message: `${use.label}: ${fragments.length === 1 ? "the quotation" : "a fragment of the quotation"} "${short[0] ?? ""}" is too short to show what the source means`,
        quote: use.citation.quote,
        fix: `quote at least ${least} words${fragments.length === 1 ? "" : " on each side of an ellipsis"}, enough to carry the meaning`,
      });
    }
  },
};
