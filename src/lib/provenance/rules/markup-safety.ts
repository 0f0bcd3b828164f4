import { isJsx, locationOf, walk } from "../extract.ts";
import type { Rule } from "./rule.ts";

/** The components authors may use in articles (src/components/mdx/index.ts maps each to its file). */
export const AUTHOR_COMPONENTS = [
  "Claim",
  "ClaimRef",
  "KeyPoints",
  "Framing",
  "Background",
  "Questions",
  "Question",
  "Term",
  "SourceDetails",
] as const;

/** Plain HTML elements an article may use for typography; nothing that runs, loads or embeds. */
const TEXT_ELEMENTS = new Set([
  "abbr",
  "b",
  "br",
  "cite",
  "dfn",
  "em",
  "i",
  "mark",
  "q",
  "small",
  "strong",
  "sub",
  "sup",
]);

/** URL schemes a link may use. Everything else (`javascript:`, `data:`, `file:` …) is refused. */
const SCHEMES = new Set(["http", "https", "mailto"]);

/** The scheme of a URL as a browser reads it (it ignores whitespace and control characters inside). */
export function schemeOf(url: string): string | undefined {
  // Browsers strip tabs and newlines anywhere in a URL, so "java\tscript:" is javascript:.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

export const markupSafety: Rule = {
  name: "markup-safety",
  refuses:
    "anything in an article that could run or load code: <script> or any element but the site's components and a few text elements, on…= handlers, directives, imports, {expressions}, and links other than http(s), mailto, or the site's own",
  check(site, report) {
    for (const article of site.articles) {
      if (!article.extracted) continue;
      const at = (node: Parameters<typeof locationOf>[0]) => ({ file: article.file, ...locationOf(node) });
      walk(article.extracted.tree, (node) => {
        if (node.type === "mdxjsEsm") {
          report({
            ...at(node),
            message: "an import or export in an article",
            fix: "remove it: articles use the site's components without imports, and run no code",
          });
        }
        if (
          (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") &&
          !COMMENT.test(String(node.value))
        ) {
          report({
            ...at(node),
            message: `a {…} expression in an article: {${String(node.value).slice(0, 40)}}`,
            fix: "write plain text; a literal brace is written \\{",
          });
        }
        if (isJsx(node)) {
          const name = node.name ?? "";
          const known = (AUTHOR_COMPONENTS as readonly string[]).includes(name) || TEXT_ELEMENTS.has(name);
          if (!known) {
            report({
              ...at(node),
              message: `<${name || "…"}> is not allowed in an article`,
              fix: `use the site's components (${AUTHOR_COMPONENTS.join(", ")}) or Markdown; HTML is limited to ${[...TEXT_ELEMENTS].join(", ")}`,
            });
          }
          for (const attribute of node.attributes ?? []) {
            const attributeName = attribute.name ?? "";
            if (
              /^on/i.test(attributeName) ||
              attributeName.includes(":") ||
              attributeName === "dangerouslySetInnerHTML"
            ) {
              report({
                ...at(node),
                message: `<${name}> has the attribute ${attributeName}, which could run code`,
                fix: "remove it: articles run no code of their own",
              });
            }
          }
        }
      });
      for (const link of article.extracted.links) {
        const scheme = schemeOf(link.url);
        if (scheme === undefined || SCHEMES.has(scheme)) continue;
        report({
          file: article.file,
          line: link.line,
          column: link.column,
          message: `a ${scheme}: link (${link.url.slice(0, 60)})`,
          fix: "link only to web pages (https://…), email addresses (mailto:) or the site's own pages (/…, #…)",
        });
      }
    }
  },
};
