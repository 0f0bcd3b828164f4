/**
 * Straight apostrophes made typographic (’), as the MDX renderer makes them in articles, so that
 * a claim's sentence reads the same on its article, on a source page and in `claims.json`:
 * between letters or after a digit (ISKP’s, MI5’s, don’t), after a plural's s (organisations’), and before a year's digits
 * (’90s). Other straight quote marks are left as written.
 */
export function curlApostrophes(text: string): string {
  return text
    .replaceAll(/(?<=[\p{L}\p{N}])'(?=\p{L})/gu, "’")
    .replaceAll(/(?<=\p{L}s)'(?=[\s.,;:!?)”]|$)/gu, "’")
    .replaceAll(/(?<=^|\s)'(?=\d\ds)/gu, "’");
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * A count as a sentence says it: words up to ten ("the two sources"), digits beyond. Counts of the
 * site's sources and articles are computed from the content, never typed into a page.
 */
export function numberWord(count: number): string {
  return NUMBER_WORDS[count] ?? count.toLocaleString("en-GB");
}

/** The same, to start a sentence or a heading: "Two sources, and nothing else". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
