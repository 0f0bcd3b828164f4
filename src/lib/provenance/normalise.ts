/**
 * Text normalisation for comparing a quotation with its source. Exactly what CONTRIBUTING promises
 * is forgiven, and nothing more: runs of whitespace, the style of quotation marks and apostrophes
 * (single or double, straight or curly), and the kind of dash (hyphen, en or em dash, `--`, with or
 * without spaces around it). Case, spelling, other punctuation and every other character must
 * match; a look-alike character from another script is not quietly turned into a Latin letter
 * (see the quote-characters rule, which names it).
 */

/** Every quotation mark and apostrophe a keyboard or a web page produces. */
export const QUOTE_MARKS = /["'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033\u02BC\u00AB\u00BB]/g;
/** Every dash and hyphen, and the typist's `--` and `---` for a dash. */
const DASHES = /-{2,3}|[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]/g;

/** Normalises `text` for quotation matching. Offsets in the result are not offsets in `text`. */
export function normalise(text: string): string {
  return text.replace(QUOTE_MARKS, "'").replace(DASHES, "-").replace(/\s+/g, " ").replace(/ ?- ?/g, "-").trim();
}

/** An ellipsis: `…` or three dots. */
export const ELLIPSIS = /\u2026|\.\.\./;

/** Splits a quotation at each ellipsis (`…` or `...`) into the fragments that must occur in order. */
export function splitFragments(quote: string): string[] {
  return quote
    .split(ELLIPSIS)
    .map((fragment) => normalise(fragment))
    .filter((fragment) => fragment.length > 0);
}
