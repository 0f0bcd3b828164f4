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
