import { isJsx, locationOf, readAttributes, walk } from "../extract.ts";
import type { Rule } from "./rule.ts";

export const sourceKnown: Rule = {
  name: "source-known",
  refuses: "a citation of a source, or a <SourceDetails>, that is not in content/sources/",
  check(site, report) {
    const ids = site.sources.map((source) => source.id);
    for (const article of site.articles) {
      if (!article.extracted) continue;
      walk(article.extracted.tree, (node) => {
        if (!isJsx(node) || node.name !== "SourceDetails") return;
        const id = readAttributes(node)["id"];
        if (typeof id === "string" && ids.includes(id)) return;
        report({
          file: article.file,
          ...locationOf(node),
          message: `<SourceDetails id="${String(id)}">: there is no such source`,
          fix: `use one of: ${ids.join(", ")} (files in content/sources/)`,
        });
      });
    }
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
