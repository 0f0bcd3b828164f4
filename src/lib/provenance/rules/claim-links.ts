import { isJsx, locationOf, readAttributes, walk } from "../extract.ts";
import type { Rule } from "./rule.ts";

export const claimLinks: Rule = {
  name: "claim-links",
  refuses:
    "a link to a claim anchor (#claim-<id>) that does not exist, or that is on another page than the link says; a <ClaimRef> to no claim, or to one on its own page; a sentence of content/minute.yaml that is no claim",
  check(site, report) {
    const homes = new Map<string, string>();
    for (const article of site.articles) {
      for (const claim of article.claims) {
        const id = claim.props["id"];
        if (typeof id === "string" && !homes.has(id)) homes.set(id, article.slug);
      }
    }
    const minute = site.data.find((doc) => doc.collection === "minute");
    for (const entry of minute?.entries ?? []) {
      if (homes.has(entry.id)) continue;
      report({
        file: minute?.file ?? "",
        line: entry.line,
        column: entry.column,
        message: `"${entry.id}" in ISKP in a minute is not a claim`,
        fix: "give the id of a claim made in an article",
      });
    }
    for (const article of site.articles) {
      if (article.extracted) {
        walk(article.extracted.tree, (node) => {
          if (!isJsx(node) || node.name !== "ClaimRef") return;
          const id = readAttributes(node)["id"];
          const home = typeof id === "string" ? homes.get(id) : undefined;
          const problem =
            home === undefined
              ? `points to no claim ("${String(id)}")`
              : home === article.slug
                ? "reuses a claim made on this same page"
                : undefined;
          if (!problem) return;
          report({
            file: article.file,
            ...locationOf(node),
            message: `<ClaimRef> ${problem}`,
            fix: "reuse the id of a claim made in another article; on its own page, link to it (#claim-<id>)",
          });
        });
      }
      for (const link of article.extracted?.links ?? []) {
        if (!link.url.includes("#claim-")) continue;
        const match = /^(?:\/articles\/([a-z0-9-]+)\/)?#claim-([a-z0-9-]+)$/.exec(link.url);
        const id = match?.[2] ?? "";
        const target = match?.[1] ?? article.slug;
        const problem = !match
          ? "is not of the form #claim-<id> or /articles/<slug>/#claim-<id>"
          : !homes.has(id)
            ? "points to a claim that does not exist"
            : homes.get(id) !== target
              ? `points to a claim on another page (it is on /articles/${homes.get(id) ?? ""}/)`
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
