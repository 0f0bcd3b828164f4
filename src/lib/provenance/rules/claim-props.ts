import { claimPropsSchema } from "../../../schemas/claim.ts";
import type { Rule } from "./rule.ts";

export const claimProps: Rule = {
  name: "claim-props",
  refuses:
    "a <Claim> without a valid id, kind and citation, with an unknown attribute, without text of its own, or with an id used before",
  check(site, report) {
    const firstSeen = new Map<string, string>();
    for (const article of site.articles) {
      for (const claim of article.claims) {
        const id = typeof claim.props["id"] === "string" ? claim.props["id"] : undefined;
        const label = `<Claim${id === undefined ? "" : ` id="${id}"`}>`;
        const at = {
          file: article.file,
          line: claim.line,
          column: claim.column,
          ...(id === undefined ? {} : { claim: id }),
        };
        const parsed = claimPropsSchema.safeParse(claim.props);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const keys = (issue as { keys?: string[] }).keys;
            const path = issue.path.join(".");
            report({
              ...at,
              message:
                issue.code === "unrecognized_keys" && keys
                  ? `${label}: unknown attribute${keys.length > 1 ? "s" : ""} ${keys.join(", ")}`
                  : `${label}: ${path ? `${path} ` : ""}${issue.message}`,
              fix: 'write <Claim id="kebab-id" kind="fact" source="source-id" quote="exact words">…</Claim>; kinds: fact, figure, reported, assessment, opinion, warning, recommendation',
            });
          }
        }
        if (id !== undefined) {
          const first = firstSeen.get(id);
          if (first !== undefined) {
            report({
              ...at,
              message: `${label}: duplicate claim id, first used at ${first}`,
              fix: "give this claim an id of its own; ids are unique across the site and never change",
            });
          } else {
            firstSeen.set(id, `${article.file}:${claim.line}`);
          }
        }
        if (claim.text.length === 0) {
          report({
            ...at,
            message: `${label}: the claim has no text of its own`,
            fix: "write the site's own sentence between <Claim …> and </Claim>",
          });
        }
      }
    }
  },
};
