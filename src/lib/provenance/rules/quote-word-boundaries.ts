import type { Rule } from "./rule.ts";

const WORD = /[\p{L}\p{N}]/u;

/** The whole word of `text` around offset `at`. */
function wordAround(text: string, at: number): string {
  let start = at;
  let end = at;
  while (start > 0 && WORD.test(text[start - 1] ?? "")) start--;
  while (end < text.length && WORD.test(text[end] ?? "")) end++;
  return text.slice(start, end);
}

export const quoteWordBoundaries: Rule = {
  name: "quote-word-boundaries",
  refuses: "a quotation that starts or ends inside a word (“above 14” from “above 140”, “can” from “cannot”)",
  check(site, report) {
    for (const use of site.citations) {
      const { source, match } = use;
      if (!source || !match?.ok) continue;
      for (const [i, span] of match.spans.entries()) {
        if (!span.midWord) continue;
        const text = source.normalised;
        const startsInside = WORD.test(text[span.start - 1] ?? "") && WORD.test(text[span.start] ?? "");
        const cut = startsInside ? wordAround(text, span.start) : wordAround(text, span.end - 1);
        const fragment = match.fragments[i] ?? "";
        report({
          file: use.file,
          line: use.line,
          column: use.column,
          ...(use.claim?.parsed ? { claim: use.claim.parsed.id } : {}),
          message: `${use.label}: the quotation ${startsInside ? "starts" : "ends"} inside the word "${cut}" of "${source.id}"`,
          quote: use.citation.quote,
          fix: `quote whole words: "${fragment}" cuts "${cut}"`,
        });
      }
    }
  },
};
