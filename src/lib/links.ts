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

/**
 * Checks every internal link and fragment in a built site. `pages` maps each URL path that exists
 * (`/about/`, `/data/claims.json`) to its HTML, or to `null` for a file that is not HTML. Returns
 * the broken links and the external URLs, which are listed but never fetched.
 */
export function checkLinks(pages: Map<string, string | null>): { broken: BrokenLink[]; external: Set<string> } {
  const ids = new Map<string, Set<string>>();
  for (const [path, html] of pages) if (html !== null) ids.set(path, idsOf(html));
  const broken: BrokenLink[] = [];
  const external = new Set<string>();
  for (const [page, html] of pages) {
    if (html === null) continue;
    for (const href of hrefsOf(html)) {
      if (/^(mailto|tel):/.test(href)) continue;
      const url = new URL(href, `http://site${page}`);
      if (url.host !== "site") {
        external.add(href);
        continue;
      }
      const path = decodeURI(url.pathname);
      if (!pages.has(path)) {
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
