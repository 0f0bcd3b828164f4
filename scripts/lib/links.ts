import { withBase, withoutBase } from "../../src/lib/paths.ts";
import type { BuiltSite } from "./dist.ts";

/** One problem with a link in the built site. */
export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

/** Where a built site is served: its origin (`https://example.org`) and base path (`/` or `/iskp-explained/`). */
export interface SiteAddress {
  origin: string;
  base: string;
}

/** What the link check needs of a built file that can hold links. */
export interface LinkingFile {
  /** The ids a page defines (the fragments a link may point to); none for other files. */
  ids?: Set<string>;
  /** A page's `<a>` and `<link>` hrefs, relative to the page. */
  hrefs?: string[];
  /** Absolute URLs on the site's origin anywhere in the file: metadata, JSON-LD, feeds, downloads. */
  siteUrls: string[];
}

/**
 * Checks every internal link and fragment in a built site. `files` maps each URL path that exists
 * (`/about/`, `/data/claims.json`, with the base path when there is one) to what it links to, or to
 * `null` for a file that holds no links (an image). A link on the site's origin that leads outside
 * its base path is broken: on a sub-path host it would reach another site or nothing. Returns the
 * broken links and the external URLs, which are listed but never fetched.
 */
export function checkLinks(
  files: Map<string, LinkingFile | null>,
  { origin, base }: SiteAddress = { origin: "https://site.invalid", base: "/" },
): { broken: BrokenLink[]; external: Set<string> } {
  const broken: BrokenLink[] = [];
  const external = new Set<string>();
  for (const [page, file] of files) {
    if (file === null) continue;
    for (const href of new Set([...(file.hrefs ?? []), ...file.siteUrls])) {
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
      if (fragment && !files.get(path)?.ids?.has(fragment)) {
        broken.push({ page, href, problem: `${path} has no element with id "${fragment}"` });
      }
    }
  }
  return { broken, external };
}

/**
 * What every file of a built site links to, by the URL path it is served at (with the base), as
 * `checkLinks` takes it. A page is there under its file's path and, for `index.html`, its folder's.
 */
export function linksOfSite(site: BuiltSite, base: string): Map<string, LinkingFile | null> {
  const linking = new Map<string, LinkingFile>();
  for (const page of site.pages) linking.set(page.path, page);
  for (const text of site.texts) linking.set(text.path, text);
  const files = new Map<string, LinkingFile | null>();
  for (const path of site.files) {
    const file = linking.get(path) ?? linking.get(path.replace(/index\.html$/, "")) ?? null;
    files.set(withBase(path, base), file);
    if (path.endsWith("/index.html")) files.set(withBase(path.slice(0, -"index.html".length), base), file);
  }
  return files;
}
