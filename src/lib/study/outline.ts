import { entryPath } from "../routes.ts";
import { curlApostrophes } from "../typography.ts";

/** Text, or a link, in a question's pointer. */
export interface InlinePart {
  text: string;
  /** Where the link goes, made absolute to the site (`#claim-x` becomes `/articles/slug/#claim-x`). */
  href?: string;
}

/** One "question to consider", with the pointer an article gives for answering it. */
export interface StudyQuestion {
  text: string;
  /** The pointer's paragraphs, each a run of text and links. */
  hint: InlinePart[][];
}

/** What a study guide takes from an article: its key points (claim ids) and its questions. */
export interface StudyOutline {
  keyPoints: string[];
  questions: StudyQuestion[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const isElement = (node: Node, name: string) =>
  (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === name;

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return typeof found?.value === "string" ? found.value : undefined;
}

function textOf(node: Node): string {
  if (typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  return (node.children ?? []).map(textOf).join("");
}

/** A link as seen from `pageUrl`: site links become root-relative paths, others stay as written. */
function resolve(url: string, pageUrl: string): string {
  const base = new URL(pageUrl, "https://site.invalid");
  const target = new URL(url, base);
  return target.origin === base.origin ? `${target.pathname}${target.search}${target.hash}` : url;
}

function inline(nodes: Node[], pageUrl: string): InlinePart[] {
  const parts: InlinePart[] = [];
  // Typographic apostrophes, as the article's own rendering has them.
  const push = ({ text, ...rest }: InlinePart) => {
    const part = { text: curlApostrophes(text), ...rest };
    const last = parts.at(-1);
    if (last && last.href === undefined && part.href === undefined) last.text += part.text;
    else parts.push(part);
  };
  for (const node of nodes) {
    if (node.type === "link" && node.url) push({ text: textOf(node), href: resolve(node.url, pageUrl) });
    else if (isElement(node, "Term"))
      push({ text: textOf(node), href: entryPath("term", attribute(node, "id") ?? "") });
    else if (node.type === "text" || node.type === "inlineCode") push({ text: String(node.value) });
    else for (const part of inline(node.children ?? [], pageUrl)) push(part);
  }
  return parts;
}

/**
 * Reads an article's key points (the ids of the claims inside `<KeyPoints>`) and its questions
 * (`<Question text>` with the pointer in its body), so that a study guide can gather them from
 * every article without re-typing them. `tree` is the article as `mdxToMdast` parses it: the
 * content check reads it from the parse it makes anyway (`extractFromMdx`). `pageUrl` is the
 * article's own URL, which the pointers' `#claim-…` links are relative to.
 */
export function studyOutline(tree: unknown, pageUrl: string): StudyOutline {
  const outline: StudyOutline = { keyPoints: [], questions: [] };
  const walk = (node: Node, inKeyPoints: boolean): void => {
    if (isElement(node, "Claim") && inKeyPoints) {
      const id = attribute(node, "id");
      if (id) outline.keyPoints.push(id);
    }
    if (isElement(node, "Question")) {
      const paragraphs = (node.children ?? []).filter((child) => child.type === "paragraph");
      const blocks = paragraphs.length > 0 ? paragraphs : [{ type: "paragraph", children: node.children ?? [] }];
      outline.questions.push({
        text: attribute(node, "text") ?? "",
        hint: blocks.map((block) => inline(block.children ?? [], pageUrl)).filter((parts) => parts.length > 0),
      });
      return;
    }
    for (const child of node.children ?? []) walk(child, inKeyPoints || isElement(node, "KeyPoints"));
  };
  walk(tree as Node, false);
  return outline;
}
