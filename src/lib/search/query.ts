/**
 * What a reader's query means before Pagefind sees it, and how its results are ordered after.
 * Pagefind matches every word, "of" included, and matches a word as the start of a longer one
 * ("of" finds "official"); its order favours short pages that repeat a word, so a glossary line
 * could outrank the article passage that answers the question. These rules put a reader's words
 * first: stop words are dropped, whole words count before prefixes, and articles come first.
 */

/**
 * Words too common to search for or to highlight. Dropped from a query that has other words; a
 * query of nothing but these ("the") is searched as it is.
 */
export const STOP_WORDS = new Set([
  "a",
  "about",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "been",
  "but",
  "by",
  "for",
  "from",
  "had",
  "has",
  "have",
  "he",
  "her",
  "his",
  "how",
  "i",
  "if",
  "in",
  "into",
  "is",
  "it",
  "its",
  "of",
  "on",
  "or",
  "our",
  "she",
  "so",
  "than",
  "that",
  "the",
  "their",
  "them",
  "then",
  "there",
  "these",
  "they",
  "this",
  "those",
  "to",
  "was",
  "we",
  "were",
  "what",
  "when",
  "where",
  "which",
  "who",
  "why",
  "will",
  "with",
  "would",
  "you",
]);

/** A word as search compares it: lower case, letters and digits only, accents removed. */
export function normalWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** The query as it is searched: a phrase in quotation marks, or the words that are not stop words. */
export interface SearchQuery {
  /** What to give Pagefind. */
  text: string;
  /** The words searched for, normalised, in order, phrases' words included. */
  terms: string[];
}

/** Splits a query into phrases ("…") and words, and drops stop words unless nothing else is left. */
export function parseQuery(query: string): SearchQuery {
  const tokens = [...query.matchAll(/"([^"]*)"|(\S+)/g)].map(([, phrase, word]) =>
    phrase === undefined ? { phrase: false, text: word ?? "" } : { phrase: true, text: phrase.trim() },
  );
  const meaningful = tokens.filter(
    (token) => token.text !== "" && (token.phrase || !STOP_WORDS.has(normalWord(token.text))),
  );
  const kept = meaningful.length > 0 ? meaningful : tokens.filter((token) => token.text !== "");
  return {
    text: kept.map((token) => (token.phrase ? `"${token.text}"` : token.text)).join(" "),
    terms: kept
      .flatMap((token) => token.text.split(/\s+/))
      .map(normalWord)
      .filter(Boolean),
  };
}

/** A word without the endings English adds to it (attacks, attacked, attacking → attack; countries → country). */
function stem(word: string): string {
  for (const [ending, base] of [
    ["ies", "y"],
    ["ied", "y"],
    ["ing", ""],
    ["es", ""],
    ["ed", ""],
    ["s", ""],
  ] as const) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) return word.slice(0, -ending.length) + base;
  }
  return word;
}

/** Whether a word of the page is a query term as a whole word (or the same word with another ending). */
export function isWholeMatch(word: string, term: string): boolean {
  const found = normalWord(word);
  return found === term || stem(found) === stem(term);
}

/**
 * Whether a word of the page is a match a reader would recognise: the term itself as a whole word,
 * or, for the query's last term while it is being typed, a longer word that starts with it. A
 * word that merely shares a beginning with an earlier term ("official" for "of") is not.
 */
export function isRelevantMatch(word: string, terms: readonly string[]): boolean {
  const found = normalWord(word);
  if (found === "") return false;
  if (terms.some((term) => isWholeMatch(found, term))) return true;
  const last = terms.at(-1);
  return last !== undefined && last.length >= 3 && found.startsWith(last);
}

/** How many of the query's terms a set of matched words contains as whole words. */
export function wholeTermsMatched(words: readonly string[], terms: readonly string[]): number {
  return new Set(terms.filter((term) => words.some((word) => isWholeMatch(word, term)))).size;
}

/** A result as ranking needs it. */
export interface Rankable {
  /** Pagefind's score. */
  score: number;
  /** The page's title. */
  title: string;
  /** The words of the page that matched. */
  words: readonly string[];
  /** The kind of page (see content-types.ts). */
  type: string;
}

/** The order kinds of page come in when their matches are equally good: the articles first. */
const TYPE_ORDER = ["Article"];

/**
 * Results in the order a reader needs them: those that contain more of the query's words as whole
 * words first; then a page whose title holds every word ("study guide" finds the study guide);
 * then articles before reference pages; then by Pagefind's score. A stable sort, so equal results
 * keep Pagefind's order.
 */
export function rankResults<Result extends Rankable>(results: readonly Result[], terms: readonly string[]): Result[] {
  const typeRank = (type: string) => {
    const index = TYPE_ORDER.indexOf(type);
    return index === -1 ? TYPE_ORDER.length : index;
  };
  const named = (title: string) => {
    const words = title.split(/\s+/);
    return terms.length > 0 && wholeTermsMatched(words, terms) === new Set(terms).size ? 1 : 0;
  };
  return results
    .map((result) => ({ result, whole: wholeTermsMatched(result.words, terms), named: named(result.title) }))
    .sort(
      (a, b) =>
        b.whole - a.whole ||
        b.named - a.named ||
        typeRank(a.result.type) - typeRank(b.result.type) ||
        b.result.score - a.result.score,
    )
    .map(({ result }) => result);
}
