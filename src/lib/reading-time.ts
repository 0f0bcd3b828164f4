/** Words a reader of explanatory prose gets through in a minute (a common, conservative figure). */
export const WORDS_PER_MINUTE = 200;

/** Counts the words a reader reads in an MDX body: tags, attributes and markup are not read. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, " ")
    .replace(/<[A-Za-z][^>]*?(?:"[^"]*"[^>]*?|'[^']*'[^>]*?)*>/g, " ")
    .replace(/<\/[A-Za-z]+>/g, " ")
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[#*_>[\]`|-]/g, " ");
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read `mdx`, at least one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
