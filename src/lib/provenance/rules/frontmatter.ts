import { articleSchema } from "../../../schemas/article.ts";
import { sourceSchema } from "../../../schemas/source.ts";
import { reportSchema, type Rule } from "./rule.ts";

export const frontmatter: Rule = {
  name: "frontmatter",
  refuses:
    "an article's or source's frontmatter with a missing, misspelt or unknown field, an impossible date (2021-02-31), or reviewed before published",
  check(site, report) {
    const docs = [
      ...site.articles.map((article) => ({
        file: article.file,
        yaml: article.frontmatter.yaml,
        schema: articleSchema,
      })),
      ...site.sources.map((source) => ({ file: source.file, yaml: source.frontmatter.yaml, schema: sourceSchema })),
    ];
    for (const { file, yaml, schema } of docs) {
      if (!yaml) {
        report({
          file,
          line: 1,
          column: 1,
          message: "the file has no frontmatter",
          fix: "start it with a --- block of fields (see CONTRIBUTING.md)",
        });
        continue;
      }
      if (yaml.problems.length > 0) continue;
      reportSchema(schema, yaml.value ?? {}, yaml, [], file, "frontmatter", report);
    }
  },
};
