import { QUOTE_MARKS } from "../normalise.ts";
import type { Rule } from "./rule.ts";

/** Characters that may differ from the source because normalisation forgives them. */
const FORGIVEN = new RegExp(`${QUOTE_MARKS.source}|[\\s\\u2010-\\u2015\\u2212\\u2026-]`);
/** Invisible or full-width characters: refused even where a source happens to contain one. */
const NEVER = /[\u200B-\u200F\u2060\uFEFF\uFF01-\uFF5E]/;

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The characters of each source's text, gathered once per check rather than once per quotation. */
const charactersOf = new WeakMap<object, Set<string>>();

export const quoteCharacters: Rule = {
  name: "quote-characters",
  refuses:
    "a quotation with a look-alike, full-width or invisible character that its source does not use (a Cyrillic “а” for a Latin “a”), named by its code point",
  check(site, report) {
    for (const use of site.citations) {
      if (!use.source) continue;
      let inSource = charactersOf.get(use.source);
      if (!inSource) {
        inSource = new Set(use.source.text);
        charactersOf.set(use.source, inSource);
      }
      const odd = [...new Set(use.citation.quote)].filter(
        (character) =>
          NEVER.test(character) ||
          (!/^[\x20-\x7E]$/.test(character) && !FORGIVEN.test(character) && !inSource.has(character)),
      );
      if (odd.length === 0) continue;
      report({
        file: use.file,
        line: use.line,
        column: use.column,
        ...(use.claim?.parsed ? { claim: use.claim.parsed.id } : {}),
        message: `${use.label}: the quotation contains ${odd.map((character) => `${codePoint(character)} “${character}”`).join(", ")}, which the source does not use`,
        quote: use.citation.quote,
        fix: "retype the quotation from the source: the character looks like another but is not the same",
      });
    }
  },
};
