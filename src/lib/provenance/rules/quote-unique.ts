import type { Rule } from "./rule.ts";

export const quoteUnique: Rule = {
  name: "quote-unique",
  refuses: "a quotation that occurs more than once in its source, so that a reader cannot tell which passage is meant",
  check(site, report) {
    for (const use of site.citations) {
      const { match } = use;
      if (!match?.ok || match.occurrences < 2) continue;
      report({
        file: use.file,
        line: use.line,
        column: use.column,
        ...(use.claim?.parsed ? { claim: use.claim.parsed.id } : {}),
        message: `${use.label}: the quotation occurs ${match.occurrences} times in "${use.citation.source}"`,
        quote: use.citation.quote,
        fix: "quote a few more words of the passage you mean, so that it occurs once",
      });
    }
  },
};
