import type { Rule } from "./rule.ts";

export const sourceKnown: Rule = {
  name: "source-known",
  refuses: "a citation of a source that is not in content/sources/",
  check(site, report) {
    const ids = site.sources.map((source) => source.id);
    for (const use of site.citations) {
      if (use.source) continue;
      report({
        file: use.file,
        line: use.line,
        column: use.column,
        ...(use.claim?.parsed ? { claim: use.claim.parsed.id } : {}),
        message: `${use.label}: unknown source "${use.citation.source}"`,
        quote: use.citation.quote,
        fix: `use one of: ${ids.join(", ")} (files in content/sources/)`,
      });
    }
  },
};
