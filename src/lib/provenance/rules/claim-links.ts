import type { Rule } from "./rule.ts";

export const claimLinks: Rule = {
  name: "claim-links",
  refuses: "a link to a claim anchor (#claim-<id>) that does not exist, or that is on another page than the link says",
  check(site, report) {
    const home = new Map<string, string>();
    for (const article of site.articles) {
      for (const claim of article.claims) {
        const id = claim.props["id"];
        if (typeof id === "string" && !home.has(id)) home.set(id, article.slug);
      }
    }
    for (const article of site.articles) {
      for (const link of article.extracted?.links ?? []) {
        if (!link.url.includes("#claim-")) continue;
        const match = /^(?:\/articles\/([a-z0-9-]+)\/)?#claim-([a-z0-9-]+)$/.exec(link.url);
        const id = match?.[2] ?? "";
        const target = match?.[1] ?? article.slug;
        const problem = !match
          ? "is not of the form #claim-<id> or /articles/<slug>/#claim-<id>"
          : !home.has(id)
            ? "points to a claim that does not exist"
            : home.get(id) !== target
              ? `points to a claim on another page (it is on /articles/${home.get(id) ?? ""}/)`
              : undefined;
        if (!problem) continue;
        report({
          file: article.file,
          line: link.line,
          column: link.column,
          message: `the link ${link.url} ${problem}`,
          fix: "link to an existing claim id: #claim-<id> on the same page, /articles/<slug>/#claim-<id> elsewhere",
        });
      }
    }
  },
};
