import { defineMdastPlugin } from "satteri";

/**
 * A paragraph that is a single `<Claim>` on its own line parses as a block-level ("flow") element,
 * which would render the claim's sentence outside any `<p>`. This puts it back inside a paragraph,
 * so that a claim is always inline text whatever way the author wrote it.
 */
export const claimParagraphs = defineMdastPlugin({
  name: "claim-paragraphs",
  mdxJsxFlowElement(node, ctx) {
    if (node.name !== "Claim") return;
    const parent = ctx.parent(node);
    // In a list item or a container component the claim is already where it belongs.
    if (parent.type !== "root") return;
    const [first] = node.children;
    const inline = node.children.length === 1 && first?.type === "paragraph" ? first.children : node.children;
    ctx.replaceNode(node, {
      type: "paragraph",
      children: [{ type: "mdxJsxTextElement", name: node.name, attributes: node.attributes, children: inline }],
    } as never);
  },
});
