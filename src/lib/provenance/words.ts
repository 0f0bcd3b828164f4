import { isJsx, readAttributes, textOf, type MdNode } from "./extract.ts";
import type { ArticleDoc } from "./site.ts";

/** Elements whose content a reader does not read as part of the text: a source's metadata card. */
const NOT_READ = new Set(["SourceDetails"]);

/** Counts words as a reader would: runs of letters or digits, with ’ and - inside a word. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The words a reader of an article reads: its title and standfirst, and its body as shown (key
 * points, headings, claims, framing and background, the questions themselves and the sentences
 * of claims reused from other pages), without notes, footnotes, the pointers under each question,
 * related links or the citation block, which the page adds around it. `byId` holds every claim of
 * the site by id, for the sentences of claims reused here.
 */
export function readerWords(article: ArticleDoc, byId: ReadonlyMap<string, { text: string }>): number {
  const front = article.frontmatter.yaml?.value as { title?: unknown; standfirst?: unknown } | undefined;
  const heading = [front?.title, front?.standfirst].filter((value) => typeof value === "string").join(" ");
  const read = (node: MdNode): string => {
    if (node.type === "yaml" || node.type === "mdxjsEsm") return "";
    if (isJsx(node) && node.name === "ClaimRef") {
      const id = readAttributes(node)["id"];
      return typeof id === "string" ? ` ${byId.get(id)?.text ?? ""} ` : "";
    }
    if (isJsx(node) && node.name === "Question") {
      const text = readAttributes(node)["text"];
      return typeof text === "string" ? ` ${text} ` : "";
    }
    if (isJsx(node) && NOT_READ.has(node.name ?? "")) return "";
    if (node.children) return ` ${node.children.map(read).join("")} `;
    return textOf(node);
  };
  return countWords(heading) + (article.extracted ? countWords(read(article.extracted.tree)) : 0);
}
