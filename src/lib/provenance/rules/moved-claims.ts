import { scalar } from "../data.ts";
import type { Rule } from "./rule.ts";

export const movedClaims: Rule = {
  name: "moved-claims",
  refuses:
    "a moved claim that points to no claim, leaves from a page that never existed, or is still on its page; a removed claim without what it said; a retired article that still exists or is replaced by none",
  check(site, report) {
    const claimPage = new Map<string, string>();
    for (const article of site.articles) {
      for (const claim of article.claims) if (claim.parsed) claimPage.set(claim.parsed.id, article.slug);
    }
    const articles = new Set(site.articles.map((article) => article.slug));
    const retired = site.data.find((doc) => doc.collection === "retired-articles");
    const retiredIds = new Set((retired?.entries ?? []).map((entry) => entry.id));
    for (const entry of retired?.entries ?? []) {
      const at = { file: retired?.file ?? "", line: entry.line, column: entry.column };
      if (articles.has(entry.id)) {
        report({
          ...at,
          message: `retired article "${entry.id}" is still an article`,
          fix: "remove it from content/retired-articles.yaml, or retire the article's file",
        });
      }
      const replacedBy = Array.isArray(entry.fields["replacedBy"]) ? entry.fields["replacedBy"].map(scalar) : [];
      for (const slug of replacedBy.filter((slug) => !articles.has(slug))) {
        report({
          ...at,
          message: `retired article "${entry.id}" is replaced by "${slug}", which is not an article`,
          fix: "name the slug of an article in content/articles/",
        });
      }
    }
    const moved = site.data.find((doc) => doc.collection === "moved-claims");
    for (const entry of moved?.entries ?? []) {
      const at = { file: moved?.file ?? "", line: entry.line, column: entry.column };
      const from = scalar(entry.fields["from"]);
      const to = scalar(entry.fields["to"]);
      const label = `moved claim "${entry.id}"`;
      if (!articles.has(from) && !retiredIds.has(from)) {
        report({
          ...at,
          message: `${label}: "${from}" is neither an article nor a retired article`,
          fix: "give the slug of the page the claim was published on; list a replaced article in content/retired-articles.yaml",
        });
      }
      if (claimPage.get(entry.id) === from) {
        report({
          ...at,
          message: `${label}: the claim is still on /articles/${from}/`,
          fix: "remove the entry: nothing moved",
        });
      }
      if (to && !claimPage.has(to)) {
        report({
          ...at,
          message: `${label}: "${to}" is not a claim`,
          fix: "give the id of the claim that carries it now",
        });
      }
      if (!to && entry.fields["was"] === undefined) {
        report({
          ...at,
          message: `${label}: it is removed, but the entry does not say what it said`,
          fix: "add was: with the sentence as it was published, so its link can still show it",
        });
      }
    }
  },
};
