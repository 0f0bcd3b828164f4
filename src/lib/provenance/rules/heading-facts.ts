import { isJsx, locationOf, textOf, walk, type MdNode } from "../extract.ts";
import type { Rule } from "./rule.ts";

const MONTHS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const NUMBERS = /\d[\d,.]*%?/g;

/** The dates and numbers a heading states. */
function factsIn(text: string): string[] {
  return [...text.matchAll(NUMBERS), ...text.matchAll(MONTHS)].map((match) => match[0].replace(/[.,]$/, ""));
}

export const headingFacts: Rule = {
  name: "heading-facts",
  refuses: "a date or number in a heading (or a table's header row) that no claim in its section states",
  check(site, report) {
    for (const article of site.articles) {
      const tree = article.extracted?.tree;
      if (!tree) continue;
      // A section runs from a heading to the next heading of the same or a higher level.
      const blocks = tree.children ?? [];
      const claimText = (from: number, to: number) => {
        const texts: string[] = [];
        for (const block of blocks.slice(from, to)) {
          walk(block, (node) => {
            if (isJsx(node) && node.name === "Claim") texts.push(textOf(node));
          });
        }
        return texts.join(" ");
      };
      for (const [i, block] of blocks.entries()) {
        const labels: { node: MdNode; end: number }[] = [];
        if (block.type === "heading") {
          const depth = block.depth ?? 1;
          const next = blocks.findIndex((other, j) => j > i && other.type === "heading" && (other.depth ?? 1) <= depth);
          labels.push({ node: block, end: next === -1 ? blocks.length : next });
        }
        if (block.type === "table") {
          const header = block.children?.[0];
          if (header) labels.push({ node: header, end: i + 1 });
        }
        for (const { node, end } of labels) {
          const text = textOf(node);
          const cited = block.type === "table" ? claimText(i, i + 1) : claimText(i + 1, end);
          for (const fact of factsIn(text)) {
            if (cited.includes(fact)) continue;
            report({
              file: article.file,
              ...locationOf(node),
              message: `the heading "${text.trim()}" states "${fact}", which no claim under it states`,
              fix: "state the date or number in a claim of this section, or leave it out of the heading",
            });
          }
        }
      }
    }
  },
};
