import type { Rule } from "./rule.ts";

export const articleHasClaims: Rule = {
  name: "article-has-claims",
  refuses: "an article with no <Claim> at all: nothing in it would be cited",
  check(site, report) {
    for (const article of site.articles) {
      if (!article.extracted || article.claims.length > 0) continue;
      report({
        file: article.file,
        line: article.frontmatter.bodyLine,
        column: 1,
        message: "the article makes no claim, so nothing in it is cited",
        fix: "state its facts in <Claim>s that quote the sources (see CONTRIBUTING.md)",
      });
    }
  },
};
