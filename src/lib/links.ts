import { withoutBase } from "./paths.ts";

/** One problem with a link in the built site. */
export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

const decode = (value: string) =>
  value
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");

/** The ids an HTML page defines, which are the fragments a link may point to. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decode(match[1] ?? "")));
}

/** The `href`s of links (`<a>` and `<link>`) in an HTML page. */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/<(?:a|link)\s[^>]*?href="([^"]*)"/g)].map((match) => decode(match[1] ?? ""));
}

/** Where a built site is served: its origin (`https://example.org`) and base path (`/` or `/iskp-explained/`). */
export interface SiteAddress {
  origin: string;
  base: string;
}

/**
 * Absolute URLs on the site's own origin anywhere in a file's text: canonical links, share-image and
 * citation metadata, JSON-LD, the references in "Cite this", feeds, the sitemap, data and citation
 * downloads. Trailing punctuation (a URL at the end of a sentence) is not part of the URL.
 */
export function siteUrlsIn(text: string, origin: string): string[] {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Not followed by more of a host name or a port: https://example.org.evil/ is another site.
  const pattern = new RegExp(`${escaped}(?![\\w.:-])[^\\s"'<>\\\\{}|^\`]*`, "g");
  return [...text.matchAll(pattern)].map((match) => decode(match[0]).replace(/[.,;:!?)\]]+$/, ""));
}

const isHtml = (path: string) => path.endsWith("/") || path.endsWith(".html");

/**
 * Checks every internal link and fragment in a built site. `files` maps each URL path that exists
 * (`/about/`, `/data/claims.json`, with the base path when there is one) to its text, or to `null`
 * for a file that is not text. HTML pages are checked for their `<a>` and `<link>` hrefs; every
 * text file (pages, feeds, sitemap, downloads) for absolute URLs on the site's own origin. A link
 * on the site's origin that leads outside its base path is broken: on a sub-path host it would
 * reach another site or nothing. Returns the broken links and the external URLs, which are listed
 * but never fetched.
 */
export function checkLinks(
  files: Map<string, string | null>,
  { origin, base }: SiteAddress = { origin: "https://site.invalid", base: "/" },
): { broken: BrokenLink[]; external: Set<string> } {
  const ids = new Map<string, Set<string>>();
  for (const [path, text] of files) if (text !== null && isHtml(path)) ids.set(path, idsOf(text));
  const broken: BrokenLink[] = [];
  const external = new Set<string>();
  for (const [page, text] of files) {
    if (text === null) continue;
    const links = new Set([...(isHtml(page) ? hrefsOf(text) : []), ...siteUrlsIn(text, origin)]);
    for (const href of links) {
      if (/^(mailto|tel):/.test(href)) continue;
      const url = new URL(href, `${origin}${page}`);
      if (url.origin !== origin) {
        external.add(href);
        continue;
      }
      const path = decodeURI(url.pathname);
      if (withoutBase(path, base) === undefined) {
        broken.push({ page, href, problem: `${path} is outside the base path ${base}` });
        continue;
      }
      if (!files.has(path)) {
        broken.push({ page, href, problem: `no page at ${path}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.get(path)?.has(fragment)) {
        broken.push({ page, href, problem: `${path} has no element with id "${fragment}"` });
      }
    }
  }
  return { broken, external };
}
