/**
 * The one reader of a built site: walks the output folder once, reads each file once and parses
 * each page once, with htmlparser2, into what the post-build steps and checks need (share images,
 * the link check, the weight check, the Lighthouse audit's page list). Nothing else of ours parses
 * built HTML; Pagefind, in its own process, reads the pages the reader names to it (see
 * search-index.ts). Pages are kept as summaries (their ids, links and a few words), not as text:
 * a thousand articles make 230 MB of HTML, which the reader never holds at once.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { Parser } from "htmlparser2";
import { cacheDir, cacheKey, ValueCache } from "./cache.ts";

/**
 * Absolute URLs on the site's own origin anywhere in a file's text: canonical links, share-image and
 * citation metadata, JSON-LD, the references in "Cite this", feeds, the sitemap, data and citation
 * downloads. Trailing punctuation (a URL at the end of a sentence) is not part of the URL.
 */
export function siteUrlsIn(text: string, origin: string): string[] {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Not followed by more of a host name or a port: https://example.org.evil/ is another site.
  const pattern = new RegExp(`${escaped}(?![\\w.:-])[^\\s"'<>\\\\{}|^\`]*`, "g");
  return [...text.matchAll(pattern)].map((match) => match[0].replace(/[.,;:!?)\]]+$/, ""));
}

/**
 * Bytes sent with gzip at its default level, as static hosts and the Lighthouse audit's server
 * send them.
 */
export const gzipSize = (content: string | Buffer) => gzipSync(content).length;

/** What one built page says, as the steps and checks need it. */
export interface PageSummary {
  /** Every id in the page: the fragments a link may point to. */
  ids: Set<string>;
  /** The `href` of every `<a>` and `<link>`. */
  hrefs: string[];
  /** Same-site files loaded on first visit: stylesheets, preloads, icons, scripts, images. */
  assets: string[];
  /** Absolute URLs on the site's origin, wherever they are written (metadata, JSON-LD, text). */
  siteUrls: string[];
  /** The text of the page's first `<h1>`. */
  title: string;
  /** The text of a `<p class="label">` right before that `<h1>` (the section, "Article 2 of 7"). */
  kicker: string;
  /** The page's share image (`og:image`), if it names one. */
  shareImage: string | undefined;
  /** Whether the search index takes the page (it marks its content with `data-pagefind-body`). */
  searchable: boolean;
}

/** A page of the site: where it is, what it says, and a fingerprint of its bytes. */
export interface BuiltPage extends PageSummary {
  /** Its path on the site, without the base: `/about/`, `/404.html`. */
  path: string;
  /** The file, inside the output folder. */
  file: string;
  /** SHA-256 of the file, for steps that cache what they derive from it. */
  hash: string;
  /** Its size in bytes, and as sent compressed (gzip) for the weight check. */
  bytes: number;
  gzip: number;
}

/** Any other text file that can hold links: feeds, the sitemap, robots.txt, data and citation downloads. */
export interface BuiltText {
  path: string;
  siteUrls: string[];
}

/** A built site as read once: every file's site path, its pages and its other text files. */
export interface BuiltSite {
  dir: string;
  /** Site paths of every file (`/about/index.html`, `/og/home.png`), including those added after reading. */
  files: Set<string>;
  pages: BuiltPage[];
  texts: BuiltText[];
}

const LINKED_TEXT = new Set([".xml", ".json", ".txt", ".csv", ".bib", ".ris"]);
const FIRST_VISIT = new Set(["stylesheet", "preload", "modulepreload", "icon"]);

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** Reads one page of HTML. `origin` is the site's production origin, whose absolute URLs are collected. */
export function readPage(html: string, origin: string): PageSummary {
  const page: PageSummary = {
    ids: new Set(),
    hrefs: [],
    assets: [],
    siteUrls: [],
    title: "",
    kicker: "",
    shareImage: undefined,
    searchable: false,
  };
  const collect = (text: string) => {
    if (text.includes(origin)) page.siteUrls.push(...siteUrlsIn(text, origin));
  };
  let inTitle = false;
  let titleSeen = false;
  let label: string | undefined;
  /** The text of the last label, while nothing but white space follows it. */
  let lastLabel: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const value of Object.values(attributes)) collect(value);
      const { id, href, rel, src, property, content } = attributes;
      if (id !== undefined) page.ids.add(id);
      if (href !== undefined && (name === "a" || name === "link")) page.hrefs.push(href);
      const asset =
        name === "link" && rel?.split(/\s+/).some((value) => FIRST_VISIT.has(value))
          ? href
          : name === "script" || name === "img"
            ? src
            : undefined;
      if (asset?.startsWith("/") && !page.assets.includes(asset)) page.assets.push(asset);
      if (name === "meta" && property === "og:image") page.shareImage = content;
      if ("data-pagefind-body" in attributes) page.searchable = true;
      if (name === "h1" && !titleSeen) {
        inTitle = true;
        page.kicker = lastLabel ?? "";
      }
      if (label === undefined && name === "p" && attributes["class"]?.split(/\s+/).includes("label")) label = "";
      lastLabel = undefined;
    },
    ontext(text) {
      collect(text);
      if (inTitle) page.title += text;
      if (label !== undefined) label += text;
      else if (text.trim() !== "") lastLabel = undefined;
    },
    onclosetag(name) {
      if (name === "h1" && inTitle) {
        inTitle = false;
        titleSeen = true;
      }
      if (name === "p" && label !== undefined) {
        lastLabel = clean(label);
        label = undefined;
      }
    },
  });
  parser.end(html);
  page.title = clean(page.title);
  return page;
}

/** Absolute URLs on the site's origin in an XML file (feeds, the sitemap), its entities decoded. */
function readXml(xml: string, origin: string): string[] {
  const urls: string[] = [];
  const collect = (text: string) => {
    if (text.includes(origin)) urls.push(...siteUrlsIn(text, origin));
  };
  const parser = new Parser(
    {
      onopentag: (_name, attributes) => {
        for (const value of Object.values(attributes)) collect(value);
      },
      ontext: collect,
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return urls;
}

/**
 * A copy of `value` whose strings are its own. The parser's strings (ids, links) are slices of the
 * page's text, and V8 keeps the whole text alive for as long as any slice of it: at 1,000 articles,
 * the summaries of a first build held 485 MB of the pages' HTML, against 54 MB for the same
 * summaries read back from the cache (live heap after a full collection, one run each).
 */
const detached = <T>(value: T): T => structuredClone(value);

/** A page summary as the cache keeps it (JSON has no sets). */
type StoredSummary = Omit<PageSummary, "ids"> & { ids: string[] };

/**
 * This file's own text: what the reader makes of a file is kept between builds under the file's
 * bytes, the origin and this, so a change to the reader reads every file afresh.
 */
const READER = readFileSync(fileURLToPath(import.meta.url));

/** `/about/` for `about/index.html`, `/404.html` for `404.html`. */
export const pagePathOf = (file: string) => `/${file.split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");

/**
 * Reads the site built in `dir` once. `onPage` sees each page, with its HTML, as it is read, for a
 * step that works page by page while the reader goes on (the search index), so that no step walks
 * the site again. What the reader makes of a file, and a page's compressed size, are kept between
 * builds under the digest of its bytes: most files do not change from one build to the next, and
 * parsing and compressing a thousand articles' pages was most of this step's time.
 */
export async function readSite(
  dir: string,
  origin: string,
  onPage?: (page: BuiltPage, html: string) => void | Promise<void>,
  cache = cacheDir(),
): Promise<BuiltSite> {
  const site: BuiltSite = { dir, files: new Set(), pages: [], texts: [] };
  const gzipSizes = new ValueCache<number>("gzip-sizes", cache);
  const summaries = new ValueCache<StoredSummary>("page-summaries", cache);
  const textUrls = new ValueCache<string[]>("text-urls", cache);
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  for (const file of entries) {
    const path = `/${file.split(sep).join("/")}`;
    site.files.add(path);
    const extension = extname(file);
    if (extension === ".html") {
      const bytes = readFileSync(join(dir, file));
      const html = bytes.toString("utf8");
      const hash = createHash("sha256").update(bytes).digest("base64url");
      const summary = summaries.get(cacheKey(hash, origin, READER), () => {
        const read = readPage(html, origin);
        return detached({ ...read, ids: [...read.ids] });
      });
      const page: BuiltPage = {
        path: pagePathOf(file),
        file: join(dir, file),
        hash,
        bytes: bytes.length,
        gzip: gzipSizes.get(hash, () => gzipSize(bytes)),
        ...summary,
        ids: new Set(summary.ids),
      };
      site.pages.push(page);
      await onPage?.(page, html);
    } else if (LINKED_TEXT.has(extension)) {
      const bytes = readFileSync(join(dir, file));
      const siteUrls = textUrls.get(cacheKey(bytes, extension, origin, READER), () => {
        const text = bytes.toString("utf8");
        return detached(extension === ".xml" ? readXml(text, origin) : siteUrlsIn(text, origin));
      });
      site.texts.push({ path, siteUrls });
    }
  }
  gzipSizes.save();
  summaries.save();
  textUrls.save();
  return site;
}
