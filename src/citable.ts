/**
 * Everything a reader can cite, and how: the site's articles and reference pages, and the
 * source documents. The "Cite this" blocks, the reference-manager downloads and the page metadata
 * all read this one list.
 */
import { getArticles, getSources, type ArticlePage, type Source } from "~/content";
import type { CslItem } from "~/lib/citation/csl-item";
import { dateParts } from "~/lib/citation/format";
import { isoDate } from "~/lib/dates";
import { withBase } from "~/lib/paths";
import { PAGES, articlePath, sourcePath } from "~/lib/routes";
import { REFERENCE, SITE } from "~/site";

export interface Citable {
  /** File-name-safe key, used for the downloads at /cite/<key>.bib|.ris|.json. */
  key: string;
  /** The page's path on this site. */
  path: string;
  title: string;
  description: string;
  published: Date;
  modified: Date;
  /** Whose work it is: the site, or the source's author. */
  kind: "page" | "source";
  /** The reference, without an access date (readers add their own). */
  item: CslItem;
  /** Its BibTeX citation key: the source's id, or the site's name and the page's key. */
  bibtexKey: string;
}

function pageItem(key: string, path: string, title: string, published: Date, site: URL): CslItem {
  return {
    id: key,
    type: "webpage",
    title,
    "container-title": SITE.name,
    issued: { "date-parts": dateParts(published) },
    URL: new URL(withBase(path), site).href,
    language: "en-GB",
  };
}

/** The reference for one of the source documents, as it was published. */
export function sourceItem(source: Source): CslItem {
  const { data } = source;
  return {
    id: source.id,
    type: data.genre === "op-ed" ? "article-newspaper" : "webpage",
    title: data.title,
    author:
      data.authors.length > 0
        ? data.authors.map((author) => ({ family: author.family, given: author.given }))
        : [{ literal: data.organisation ?? data.publisher }],
    "container-title": data.periodical,
    ...(data.genre === "press-release" ? { genre: "Press release" } : {}),
    issued: { "date-parts": dateParts(data.published) },
    URL: data.url,
    language: data.language,
  };
}

/** The site's name as the first part of its pages' BibTeX keys ("iskp-explained-article-what-is-iskp"). */
const SITE_KEY = SITE.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");

const cache = new Map<string, Promise<Citable[]>>();

/** Every citable page and source, computed once per build. `site` is the production origin. */
export function getCitables(site: URL): Promise<Citable[]> {
  const cached = cache.get(site.href) ?? listCitables(site);
  cache.set(site.href, cached);
  return cached;
}

async function listCitables(site: URL): Promise<Citable[]> {
  const [articles, sources] = await Promise.all([getArticles(), getSources()]);
  return [
    ...articles.map((article) => ({
      key: `article-${article.id}`,
      path: articlePath(article.id),
      title: article.data.title,
      description: article.data.standfirst,
      published: article.data.published,
      modified: article.data.reviewed,
      kind: "page" as const,
      item: pageItem(
        `article-${article.id}`,
        articlePath(article.id),
        article.data.title,
        article.data.published,
        site,
      ),
      bibtexKey: `${SITE_KEY}-article-${article.id}`,
    })),
    ...REFERENCE.map((page) => {
      const key = page.href.replaceAll("/", "");
      return {
        key,
        path: page.href,
        title: page.label,
        description: page.text,
        published: SITE.published,
        modified: SITE.reviewed,
        kind: "page" as const,
        item: pageItem(key, page.href, page.label, SITE.published, site),
        bibtexKey: `${SITE_KEY}-${key}`,
      };
    }),
    ...sources.map((source) => ({
      key: `source-${source.id}`,
      path: sourcePath(source.id),
      title: source.data.title,
      description: source.data.description,
      published: source.data.published,
      modified: source.data.published,
      kind: "source" as const,
      item: sourceItem(source),
      bibtexKey: source.id,
    })),
  ];
}

const byPath = new Map<string, Promise<Map<string, Citable>>>();

/** The citable page at `path`, if there is one. */
export async function getCitable(path: string, site: URL): Promise<Citable | undefined> {
  const index =
    byPath.get(site.href) ??
    getCitables(site).then((citables) => new Map(citables.map((citable) => [citable.path, citable])));
  byPath.set(site.href, index);
  return (await index).get(path);
}

/** The site, as the author and publisher of its pages in JSON-LD. */
export function siteOrganisation(site: URL) {
  return { "@type": "Organization", name: SITE.name, url: new URL(withBase(PAGES.home.path), site).href };
}

/** An article as schema.org JSON-LD (an Article, citing its sources), for search engines and reference managers. */
export function articleLinkedData({ article, sources }: Pick<ArticlePage, "article" | "sources">, site: URL) {
  const { title, standfirst, published, reviewed } = article.data;
  const organisation = siteOrganisation(site);
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: title,
    description: standfirst,
    url: new URL(withBase(articlePath(article.id)), site).href,
    datePublished: isoDate(published),
    dateModified: isoDate(reviewed),
    inLanguage: "en-GB",
    author: organisation,
    publisher: organisation,
    license: SITE.licence.url,
    citation: sources.map((source) => {
      const item = sourceItem(source);
      return {
        "@type": "CreativeWork",
        name: item.title,
        author: (item.author ?? []).map((author) =>
          "literal" in author
            ? { "@type": "Organization", name: author.literal }
            : { "@type": "Person", name: `${author.given} ${author.family}` },
        ),
        publisher: { "@type": "Organization", name: source.data.publisher },
        datePublished: isoDate(source.data.published),
        url: item.URL,
      };
    }),
  };
}
