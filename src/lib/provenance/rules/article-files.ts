import type { Rule } from "./rule.ts";

export const articleFiles: Rule = {
  name: "article-files",
  refuses:
    "a file in content/articles/ or content/sources/ that the build would silently skip (an article saved as .md)",
  check(site, report) {
    for (const file of site.strays) {
      const articles = file.includes("/articles/");
      report({
        file,
        line: 1,
        column: 1,
        message: `this file is not built: ${articles ? "articles are .mdx files" : "sources are .md files"}`,
        fix: articles
          ? `rename it to ${file.replace(/\.[^./]+$/, "")}.mdx, or move it out of content/articles/`
          : `rename it to ${file.replace(/\.[^./]+$/, "")}.md, or move it out of content/sources/`,
      });
    }
  },
};
