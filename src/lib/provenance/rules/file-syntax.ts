import type { Rule } from "./rule.ts";

export const fileSyntax: Rule = {
  name: "file-syntax",
  refuses: "MDX or YAML that cannot be parsed, a <Claim> inside another, and attributes that are not literal values",
  check(site, report) {
    for (const article of site.articles) {
      const { file } = article;
      if (article.parseError) {
        report({
          file,
          ...article.parseError,
          message: `the MDX cannot be parsed: ${article.parseError.message}`,
          fix: "check the tags and braces near this line; a literal { or < in prose must be escaped as \\{ or \\<",
        });
      }
      for (const problem of article.frontmatter.yaml?.problems ?? []) {
        report({ file, ...problem, message: `the frontmatter cannot be parsed: ${problem.message}`, fix: QUOTING });
      }
      for (const problem of article.extracted?.problems ?? []) report({ file, ...problem });
    }
    for (const source of site.sources) {
      for (const problem of source.frontmatter.yaml?.problems ?? []) {
        report({
          file: source.file,
          ...problem,
          message: `the frontmatter cannot be parsed: ${problem.message}`,
          fix: QUOTING,
        });
      }
    }
    for (const doc of site.data) {
      for (const problem of doc.block.problems) {
        report({ file: doc.file, ...problem, message: `the YAML cannot be parsed: ${problem.message}`, fix: QUOTING });
      }
      for (const problem of doc.problems) {
        report({ file: doc.file, ...problem, fix: "start each entry with `- id: …`" });
      }
    }
  },
};

const QUOTING = "check indentation and quoting; a value containing a colon or a quote mark needs quoting";
