import { defineMdastPlugin } from "satteri";

/** A root-level `<Claim>` parsed as a block ("flow") element, as this plugin reads it. */
interface FlowClaim {
  type: string;
  name?: string | null;
  attributes: unknown[];
  children: { type: string; children?: unknown[] }[];
  position?: { start: { line: number; offset?: number }; end: { line: number } } | undefined;
}

const isFlowClaim = (node: unknown): node is FlowClaim =>
  (node as FlowClaim | undefined)?.type === "mdxJsxFlowElement" && (node as FlowClaim).name === "Claim";

/** True when `next` starts on the line where `previous` ends: the two were written in one paragraph. */
const continues = (previous: unknown, next: unknown) =>
  isFlowClaim(previous) &&
  isFlowClaim(next) &&
  previous.position !== undefined &&
  next.position?.start.line === previous.position.end.line;

/**
 * A line made only of `<Claim>`s (a paragraph whose sentences are all claims) parses as block-level
 * ("flow") elements, one per claim, which would render each sentence as a paragraph of its own,
 * or outside any `<p>`. This puts the claims of one line back into one paragraph, so that a claim
 * is always inline text, in the paragraph its author wrote, whatever way it was written.
 */
export const claimParagraphs = defineMdastPlugin({
  name: "claim-paragraphs",
  // Positions say which claims were written on one line.
  options: { position: true },
  mdxJsxFlowElement(node, ctx) {
    if (!isFlowClaim(node)) return;
    const parent = ctx.parent(node);
    // In a list item or a container component the claim is already where it belongs.
    if (parent.type !== "root") return;
    const siblings = parent.children as unknown[];
    const at = siblings.findIndex(
      (sibling) => (sibling as FlowClaim).position?.start.offset === node.position?.start.offset,
    );
    // A later claim of a line is moved into the paragraph its line's first claim makes.
    const done = (ctx.data["claimParagraphsDone"] ??= new Set<number>()) as Set<number>;
    if (done.has(node.position?.start.offset ?? -1) || (at > 0 && continues(siblings[at - 1], node))) return;
    const run: FlowClaim[] = [node];
    for (let i = at + 1; i < siblings.length && continues(siblings[i - 1], siblings[i]); i++)
      run.push(siblings[i] as FlowClaim);
    const children = run.flatMap((claim, i) => {
      const [first] = claim.children;
      const inline = claim.children.length === 1 && first?.type === "paragraph" ? first.children : claim.children;
      const element = { type: "mdxJsxTextElement", name: claim.name, attributes: claim.attributes, children: inline };
      return i === 0 ? [element] : [{ type: "text", value: " " }, element];
    });
    for (const claim of run.slice(1)) {
      done.add(claim.position?.start.offset ?? -1);
      ctx.removeNode(claim as never);
    }
    ctx.replaceNode(node, { type: "paragraph", children } as never);
  },
});
