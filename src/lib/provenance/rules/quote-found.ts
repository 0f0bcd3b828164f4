import { closestPassage } from "../quote.ts";
import type { Rule } from "./rule.ts";

export const quoteFound: Rule = {
  name: "quote-found",
  refuses:
    "a quotation that is not in its source, word for word (only whitespace, quotation-mark style, apostrophes and dashes are forgiven), or whose fragments are out of order",
  check(site, report) {
    for (const use of site.citations) {
      const { source, match } = use;
      if (!source || !match || match.ok) continue;
      const at = {
        file: use.file,
        line: use.line,
        column: use.column,
        ...(use.claim?.parsed ? { claim: use.claim.parsed.id } : {}),
      };
      if (match.reason === "empty") {
        report({
          ...at,
          message: `${use.label}: the quotation is empty`,
          fix: "copy the source's exact words into quote",
        });
      } else if (match.reason === "out-of-order") {
        report({
          ...at,
          message: `${use.label}: the fragments of the quotation are out of order in "${source.id}"`,
          quote: use.citation.quote,
          closest: closestPassage(source.text, match.fragment),
          fix: `"${match.fragment}" occurs in the source, but not after the fragment before it; put the fragments in the source's order`,
        });
      } else {
        report({
          ...at,
          message: `${use.label}: the quotation is not in "${source.id}"`,
          quote: use.citation.quote,
          closest: closestPassage(source.text, match.fragment),
          fix: `copy the words exactly from ${source.file}; the part not found is "${match.fragment}"`,
        });
      }
    }
  },
};
