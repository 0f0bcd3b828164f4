/**
 * Text normalisation for comparing a quotation with its source. Only differences that a copy from
 * a web page or a keyboard routinely introduces are forgiven: whitespace, the shape of quote marks
 * and apostrophes, and the kind of dash. Case, spelling and punctuation otherwise must match.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** Normalises `text` for quotation matching. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\s+/g, " ")
    .replace(/ ?- ?/g, "-")
    .trim();
}

/** Splits a quotation at each ellipsis (`…` or `...`) into the fragments that must occur in order. */
export function splitFragments(quote: string): string[] {
  return quote
    .split(/\u2026|\.\.\./)
    .map((fragment) => normalise(fragment))
    .filter((fragment) => fragment.length > 0);
}
