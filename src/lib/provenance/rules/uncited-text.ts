import { isJsx, locationOf, textOf, walk, type MdNode } from "../extract.ts";
import type { Rule } from "./rule.ts";

/** Elements whose text is cited, or marked as stating no fact. */
const COVERED = new Set(["Claim", "ClaimRef", "Framing", "Background", "Question", "SourceDetails"]);

/** The block an uncited run of text is reported for: the nearest paragraph, cell, item or quote. */
const BLOCKS = new Set(["paragraph", "tableCell", "listItem", "blockquote", "heading"]);

export const uncitedText: Rule = {
  name: "uncited-text",
  refuses:
    "words outside a <Claim>, <Framing> or <Background>, wherever they stand: beside a claim in a paragraph, in a list item, a table cell (a table's header row and first column are labels), a quotation or a link",
  check(site, report) {
    for (const article of site.articles) {
      if (!article.extracted) continue;
      const reported = new Set<MdNode>();
      walk(article.extracted.tree, (node, ancestors) => {
        if (node.type !== "text" && node.type !== "inlineCode") return;
        if (!/[\p{L}\p{N}]/u.test(String(node.value))) return;
        if (ancestors.some((ancestor) => isJsx(ancestor) && COVERED.has(ancestor.name ?? ""))) return;
        // Headings and a table's header row and first column are labels, not sentences:
        // heading-facts checks them.
        if (ancestors.some((ancestor) => ancestor.type === "heading")) return;
        const row = ancestors.findLast((ancestor) => ancestor.type === "tableRow");
        const table = ancestors.findLast((ancestor) => ancestor.type === "table");
        if (row && (table?.children?.[0] === row || ancestors.includes(row.children?.[0] as MdNode))) return;
        const block = ancestors.findLast((ancestor) => BLOCKS.has(ancestor.type)) ?? node;
        if (reported.has(block)) return;
        reported.add(block);
        const outside = uncitedWords(block).replace(/\s+/g, " ").trim();
        report({
          file: article.file,
          ...locationOf(node),
          message: `text outside any claim: "${outside.length > 80 ? `${outside.slice(0, 80)}…` : outside}"`,
          fix: "put every sentence of fact inside a <Claim> with its quotation; mark a sentence that states no fact with <Framing> (or <Background> for general knowledge)",
        });
      });
    }
  },
};

/** The words of `node` that no claim or marked element covers. */
function uncitedWords(node: MdNode): string {
  if (isJsx(node) && COVERED.has(node.name ?? "")) return " ";
  if (node.type === "text" || node.type === "inlineCode") return textOf(node);
  return (node.children ?? []).map(uncitedWords).join("");
}
