import { parseExpressionAt, type Expression } from "acorn";
import { mdxToMdast } from "satteri";
import { curlApostrophes } from "../typography.ts";

/** A position in a content file, 1-based, counted from the file's first line (frontmatter included). */
export interface Location {
  line: number;
  column: number;
}

/** An mdast node as the checker reads it (Markdown, GFM tables and MDX's JSX, expressions and ESM). */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  depth?: number;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset?: number } };
}

export interface MdAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

/** A `<Claim>` as written in MDX, before verification. */
export interface ExtractedClaim extends Location {
  /** The raw attributes: strings, or the statically evaluated value of an expression. */
  props: Record<string, unknown>;
  /** The site's own sentence, as plain text. */
  text: string;
  /**
   * For an item of a list that follows a sentence ending in a colon, the id of the last claim in
   * that sentence: the item ("the attack on Kabul airport in August 2021;") reads only with it.
   */
  leadIn?: string;
  /** The heading of the section the claim is in ("" before the first heading). */
  section: string;
  /** True for a claim in <KeyPoints>, which sums up the article rather than telling a fact anew. */
  inKeyPoints: boolean;
}

/** A link in the body: a Markdown link, or an `href`/`src` attribute of a JSX element. */
export interface BodyLink extends Location {
  url: string;
}

/** Something wrong with how the file is written (not with what it cites). */
export interface SyntaxProblem extends Location {
  message: string;
  fix: string;
}

export interface ExtractResult {
  /** The parsed body, positions counted from the file's first line. */
  tree: MdNode;
  claims: ExtractedClaim[];
  links: BodyLink[];
  /** Glossary terms used with `<Term id>`. */
  terms: (Location & { id: string })[];
  problems: SyntaxProblem[];
}

export function locationOf(node: MdNode): Location {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The plain text of a node, as a reader sees it. */
export function textOf(node: MdNode): string {
  if (typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  if (node.type === "break") return " ";
  return (node.children ?? []).map(textOf).join("");
}

/** True for a JSX element (`<Claim>`, `<Framing>`, `<span>`), inline or block. */
/** The names of the components an MDX body uses: `KeyPoints`, `Claim`, `Questions`. */
export function componentsIn(tree: MdNode): Set<string> {
  const names = new Set<string>();
  const visit = (node: MdNode) => {
    if (isJsx(node) && node.name) names.add(node.name);
    node.children?.forEach(visit);
  };
  visit(tree);
  return names;
}

export function isJsx(node: MdNode): boolean {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

/** Calls `visit` on every node below `root`, depth first, with the node's ancestors (nearest last). */
export function walk(root: MdNode, visit: (node: MdNode, ancestors: readonly MdNode[]) => void): void {
  const go = (node: MdNode, ancestors: MdNode[]) => {
    visit(node, ancestors);
    ancestors.push(node);
    for (const child of node.children ?? []) go(child, ancestors);
    ancestors.pop();
  };
  go(root, []);
}

class NotStatic extends Error {}

/** Evaluates a literal expression (strings, numbers, booleans, arrays, plain objects) without running code. */
function evaluate(node: Expression | null | undefined): unknown {
  if (!node) throw new NotStatic();
  switch (node.type) {
    case "Literal":
      return node.value;
    case "TemplateLiteral":
      if (node.expressions.length > 0) throw new NotStatic();
      return node.quasis.map((quasi) => quasi.value.cooked ?? "").join("");
    case "ArrayExpression":
      return node.elements.map((element) => {
        if (!element || element.type === "SpreadElement") throw new NotStatic();
        return evaluate(element);
      });
    case "ObjectExpression": {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== "Property" || property.computed || property.kind !== "init") {
          throw new NotStatic();
        }
        const key =
          property.key.type === "Identifier"
            ? property.key.name
            : property.key.type === "Literal"
              ? String(property.key.value)
              : undefined;
        if (key === undefined) throw new NotStatic();
        result[key] = evaluate(property.value);
      }
      return result;
    }
    default:
      throw new NotStatic();
  }
}

/** A JSX element's attributes as values: strings as written, expressions evaluated if literal. */
export function readAttributes(node: MdNode, problems: SyntaxProblem[] = []): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== "mdxJsxAttribute" || attribute.name === undefined) {
      problems.push({
        ...locationOf(node),
        message: `<${node.name ?? "?"}> has a spread attribute, which cannot be checked`,
        fix: "write each attribute out in full",
      });
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === "string") props[name] = value;
    else {
      try {
        props[name] = evaluate(parseExpressionAt(value.value, 0, { ecmaVersion: "latest" }));
      } catch {
        problems.push({
          ...locationOf(node),
          message: `<${node.name ?? "?"}> attribute ${name} is not a literal value`,
          fix: `write ${name} as a literal, e.g. citations={[{ source: "bacha-2024", quote: "..." }]}`,
        });
      }
    }
  }
  return props;
}

/** The id attribute of the last `<Claim>` in `node` (itself included), if it has one. */
function lastClaimId(node: MdNode): string | undefined {
  for (const child of [...(node.children ?? [])].reverse()) {
    const id = lastClaimId(child);
    if (id !== undefined) return id;
  }
  if (node.name !== "Claim") return undefined;
  const id = node.attributes?.find((attribute) => attribute.name === "id")?.value;
  return typeof id === "string" ? id : undefined;
}

/** The claim a list continues: the last claim of the block before it, if that block ends in a colon. */
function leadInOf(previous: MdNode | undefined): string | undefined {
  if (!previous || !textOf(previous).trim().endsWith(":")) return undefined;
  return lastClaimId(previous);
}

/**
 * Reads the claims, links and glossary terms of one MDX file, parsed by the same processor
 * (Sätteri) that renders it, so the check sees exactly what the reader will. Throws when the MDX
 * cannot be parsed; the message carries the line and column.
 */
export function extractFromMdx(mdx: string): ExtractResult {
  const tree = mdxToMdast(mdx, { position: true }) as unknown as MdNode;
  const result: ExtractResult = { tree, claims: [], links: [], terms: [], problems: [] };
  let section = "";

  let keyPoints = 0;
  const visit = (node: MdNode, insideClaim: boolean, leadIn: string | undefined): void => {
    if (node.type === "heading") section = textOf(node).trim();
    if (isJsx(node) && node.name === "Claim") {
      if (insideClaim) {
        result.problems.push({
          ...locationOf(node),
          message: "a <Claim> is nested inside another <Claim>",
          fix: "close the first claim before opening the next",
        });
      }
      result.claims.push({
        ...locationOf(node),
        props: readAttributes(node, result.problems),
        text: curlApostrophes(textOf(node).replace(/\s+/g, " ").trim()),
        ...(leadIn === undefined ? {} : { leadIn }),
        section,
        inKeyPoints: keyPoints > 0,
      });
    }
    if (isJsx(node) && node.name === "Term") {
      const id = readAttributes(node, result.problems)["id"];
      result.terms.push({ ...locationOf(node), id: typeof id === "string" ? id : "" });
    }
    if (node.type === "link" && node.url !== undefined) result.links.push({ ...locationOf(node), url: node.url });
    if (isJsx(node)) {
      for (const attribute of node.attributes ?? []) {
        if ((attribute.name === "href" || attribute.name === "src") && typeof attribute.value === "string") {
          result.links.push({ ...locationOf(node), url: attribute.value });
        }
      }
    }
    const children = node.children ?? [];
    const inClaim = insideClaim || (isJsx(node) && node.name === "Claim");
    const isKeyPoints = isJsx(node) && node.name === "KeyPoints";
    if (isKeyPoints) keyPoints++;
    for (const [i, child] of children.entries()) {
      visit(child, inClaim, child.type === "list" ? leadInOf(children[i - 1]) : leadIn);
    }
    if (isKeyPoints) keyPoints--;
  };
  visit(tree, false, undefined);
  return result;
}
