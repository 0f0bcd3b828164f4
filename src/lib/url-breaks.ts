import { escapeMarkup } from "./html/escape.ts";

/**
 * Where a URL printed as text may break across lines, following the Chicago Manual of Style
 * (14.18): after a double slash; before a single slash, a full stop, a comma, a hyphen, an
 * underscore, a tilde, a question mark, a number sign or a percent sign; before or after an
 * equals sign or an ampersand. Never after a hyphen: a line ending in one reads as a word broken
 * by hyphenation, and the hyphen gets dropped when the address is copied out by hand.
 */
export function urlPieces(url: string): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (let i = 0; i < url.length; i++) {
    const char = url.charAt(i);
    const breakBefore = /[/.,\-_~?#%=&]/.test(char) && !(char === "/" && (url[i - 1] === "/" || url[i + 1] === "/"));
    if (breakBefore && piece !== "") {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
    const breakAfter = /[=&]/.test(char) || (char === "/" && url[i - 1] === "/");
    if (breakAfter) {
      pieces.push(piece);
      piece = "";
    }
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/** A piece longer than this may break inside too (the link needs `wrap-anywhere`), so it never overflows a phone. */
const LONGEST_UNBROKEN = 24;

/**
 * A URL as HTML that breaks only between its pieces: `<wbr>` between them, and short pieces kept
 * whole. Neither adds a character, so copying the text still gives the address.
 */
export function breakableUrlHtml(url: string): string {
  return urlPieces(url)
    .map((piece) =>
      piece.length > LONGEST_UNBROKEN
        ? escapeMarkup(piece)
        : `<span class="whitespace-nowrap">${escapeMarkup(piece)}</span>`,
    )
    .join("<wbr>");
}

/** `html` with each occurrence of `url` in its text made breakable as `breakableUrlHtml` does. */
export function breakUrlIn(html: string, url: string | undefined): string {
  if (!url) return html;
  return html.replaceAll(escapeMarkup(url), breakableUrlHtml(url));
}
