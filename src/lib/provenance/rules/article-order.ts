import type { Rule } from "./rule.ts";

export const articleOrder: Rule = {
  name: "article-order",
  refuses: "two articles with the same place in the reading order",
  check(site, report) {
    const seen = new Map<number, string>();
    for (const article of site.articles) {
      const value = (article.frontmatter.yaml?.value as Record<string, unknown> | undefined)?.["order"];
      if (typeof value !== "number") continue;
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, article.file);
        continue;
      }
      report({
        file: article.file,
        ...(article.frontmatter.yaml?.locate(["order"]) ?? { line: 1, column: 1 }),
        message: `order ${value} is also the order of ${first}`,
        fix: "give each article its own place in the reading order (1, 2, 3, …)",
      });
    }
  },
};
