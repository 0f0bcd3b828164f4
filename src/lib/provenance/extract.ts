import { parseExpressionAt, type Expression } from "acorn";
import { defineMdastPlugin, mdxToJs } from "satteri";
import { curlApostrophes } from "../typography.ts";

/** A position in a content file, 1-based, counted from the file's first line (frontmatter included). */
export interface Location {
  line: number;
  column: number;
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
}

/** A link in the body that points at a claim anchor. */
export interface ClaimLink extends Location {
  url: string;
}

/** Something wrong with how the file is written (not with what it cites). */
export interface SyntaxProblem extends Location {
  message: string;
  fix: string;
}

export interface ExtractResult {
  claims: ExtractedClaim[];
  links: ClaimLink[];
  /** Paragraphs with no claim that are not marked as framing or background. */
  unclaimedParagraphs: (Location & { text: string })[];
  /** Glossary terms used with `<Term id>`. */
  terms: (Location & { id: string })[];
  /** Every paragraph that counts towards the per-article report. */
  paragraphCount: number;
  problems: SyntaxProblem[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

/** Containers whose paragraphs state no fact by design. */
const EXEMPT = new Set(["Framing", "Background", "Question"]);

function locationOf(node: Node): Location {
  return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}

function textOf(node: Node): string {
  if (typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) {
    return node.value;
  }
  return (node.children ?? []).map(textOf).join("");
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

function readAttributes(node: Node, problems: SyntaxProblem[]): Record<string, unknown> {
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
function lastClaimId(node: Node): string | undefined {
  for (const child of [...(node.children ?? [])].reverse()) {
    const id = lastClaimId(child);
    if (id !== undefined) return id;
  }
  if (node.name !== "Claim") return undefined;
  const id = node.attributes?.find((attribute) => attribute.name === "id")?.value;
  return typeof id === "string" ? id : undefined;
}

/** The claim a list continues: the last claim of the block before it, if that block ends in a colon. */
function leadInOf(previous: Node | undefined): string | undefined {
  if (!previous || !textOf(previous).trim().endsWith(":")) return undefined;
  return lastClaimId(previous);
}

function containsClaim(node: Node): boolean {
  return (node.children ?? []).some((child) => child.name === "Claim" || containsClaim(child));
}

/**
 * Reads the claims, claim links and unmarked paragraphs of one MDX file, parsed by the same
 * processor (Sätteri) that renders it, so the check sees exactly what the reader will.
 */
export function extractFromMdx(mdx: string): ExtractResult {
  const result: ExtractResult = {
    claims: [],
    links: [],
    terms: [],
    unclaimedParagraphs: [],
    paragraphCount: 0,
    problems: [],
  };

  const walk = (node: Node, exempt: boolean, insideClaim: boolean, leadIn?: string): void => {
    const isJsx = node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
    if (isJsx && node.name === "Claim") {
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
      });
      if (node.type === "mdxJsxFlowElement" && !exempt) result.paragraphCount++;
    }
    if (isJsx && node.name === "Term") {
      const id = readAttributes(node, result.problems)["id"];
      result.terms.push({ ...locationOf(node), id: typeof id === "string" ? id : "" });
    }
    if (node.type === "paragraph" && !exempt && !insideClaim) {
      result.paragraphCount++;
      if (!containsClaim(node)) {
        result.unclaimedParagraphs.push({
          ...locationOf(node),
          text: textOf(node).replace(/\s+/g, " ").trim(),
        });
      }
    }
    if (node.type === "link" && node.url?.includes("#claim-")) {
      result.links.push({ ...locationOf(node), url: node.url });
    }
    const childExempt = exempt || (isJsx && EXEMPT.has(node.name ?? ""));
    const childInClaim = insideClaim || (isJsx && node.name === "Claim");
    const children = node.children ?? [];
    for (const [i, child] of children.entries()) {
      walk(child, childExempt, childInClaim, child.type === "list" ? leadInOf(children[i - 1]) : leadIn);
    }
  };

  const plugin = defineMdastPlugin({
    name: "provenance-extract",
    options: { position: true },
    before(root) {
      walk(root as unknown as Node, false, false);
    },
  });
  mdxToJs(mdx, { mdastPlugins: [plugin] });
  return result;
}
