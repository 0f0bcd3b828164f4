import type { Rule } from "./rule.ts";

export const glossaryTerms: Rule = {
  name: "glossary-terms",
  refuses: "a <Term> whose id is not an entry of content/glossary.yaml",
  check(site, report) {
    const glossary = site.data.find((doc) => doc.collection === "glossary");
    if (!glossary) return;
    const ids = new Set(glossary.entries.map((entry) => entry.id));
    for (const article of site.articles) {
      for (const term of article.extracted?.terms ?? []) {
        if (ids.has(term.id)) continue;
        report({
          file: article.file,
          line: term.line,
          column: term.column,
          message: `<Term id="${term.id}">: there is no glossary entry "${term.id}"`,
          fix: "use the id of an entry in content/glossary.yaml, or add the term there",
        });
      }
    }
  },
};
