import { isJsx, locationOf, textOf, walk, type MdNode } from "../extract.ts";
import type { Rule } from "./rule.ts";

const MONTHS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
// A number standing alone, not a digit inside a name such as MI5.
const NUMBERS = /(?<![\p{L}\d])\d[\d,.]*%?/gu;

/** The dates and numbers a heading states. */
function factsIn(text: string): string[] {
  return [...text.matchAll(NUMBERS), ...text.matchAll(MONTHS)].map((match) => match[0].replace(/[.,]$/, ""));
}

export const headingFacts: Rule = {
  name: "heading-facts",
  refuses:
    "a date or number in a heading, a table's header row or a row's first cell, that no claim in its section (or table, or row) states",
  check(site, report) {
    for (const article of site.articles) {
      const tree = article.extracted?.tree;
      if (!tree) continue;
      // A section runs from a heading to the next heading of the same or a higher level.
      const blocks = tree.children ?? [];
      const claimsIn = (nodes: MdNode[]) => {
        const texts: string[] = [];
        for (const block of nodes) {
          walk(block, (node) => {
            if (isJsx(node) && node.name === "Claim") texts.push(textOf(node));
          });
        }
        return texts.join(" ");
      };
      for (const [i, block] of blocks.entries()) {
        // Each label, with the claims that must state what it states.
        const labels: { node: MdNode; cited: string; what: string }[] = [];
        if (block.type === "heading") {
          const depth = block.depth ?? 1;
          const next = blocks.findIndex((other, j) => j > i && other.type === "heading" && (other.depth ?? 1) <= depth);
          labels.push({
            node: block,
            cited: claimsIn(blocks.slice(i + 1, next === -1 ? blocks.length : next)),
            what: "heading",
          });
        }
        if (block.type === "table") {
          const [header, ...rows] = block.children ?? [];
          if (header) labels.push({ node: header, cited: claimsIn([block]), what: "table's header row" });
          for (const row of rows) {
            const [label] = row.children ?? [];
            if (label) labels.push({ node: label, cited: claimsIn([row]), what: "row label" });
          }
        }
        for (const { node, cited, what } of labels) {
          const text = textOf(node);
          for (const fact of factsIn(text)) {
            if (cited.includes(fact)) continue;
            report({
              file: article.file,
              ...locationOf(node),
              message: `the ${what} "${text.trim()}" states "${fact}", which no claim under it states`,
              fix: "state the date or number in a claim of this section, or leave it out of the heading",
            });
          }
        }
      }
    }
  },
};
