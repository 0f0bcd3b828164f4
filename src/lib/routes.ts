/**
 * Every address the site promises, in one place: its pages, and the anchors inside them that
 * readers and journalists link to. URLs are promises (CONTRIBUTING.md, "Permalinks"): a page or an
 * anchor is named here once, every link, search target, navigation entry and section list asks
 * for it here, and tests/e2e/routes.spec.ts checks that each address this module yields for the
 * content exists in the built site.
 *
 * These are site paths, without the base; a link passes them through `withBase` (lib/paths.ts).
 */

/** The site's pages that are not one of many (an article, a source): path and name. */
export const PAGES = {
  home: { path: "/", name: "Home" },
  articles: { path: "/articles/", name: "Articles" },
  sources: { path: "/sources/", name: "Sources" },
  timeline: { path: "/timeline/", name: "Timeline" },
  glossary: { path: "/glossary/", name: "Glossary" },
  actors: { path: "/actors/", name: "Actors and relations" },
  map: { path: "/map/", name: "Map" },
  recommendations: { path: "/recommendations/", name: "Recommendations" },
  keyFigures: { path: "/key-figures/", name: "Key figures" },
  data: { path: "/data/", name: "Data downloads" },
  about: { path: "/about/", name: "Method" },
  corrections: { path: "/corrections/", name: "Corrections and changes" },
  print: { path: "/print/", name: "Print edition" },
  study: { path: "/study/", name: "Study guide" },
  search: { path: "/search/", name: "Search" },
} as const satisfies Record<string, { path: string; name: string }>;

export type PageKey = keyof typeof PAGES;

/** An article's page. */
export const articlePath = (slug: string) => `/articles/${slug}/`;
/** A source's page. */
export const sourcePath = (id: string) => `/sources/${id}/`;
/** One volume of the print edition (1, 2, …). */
export const printVolumePath = (volume: number) => `${PAGES.print.path}${String(volume)}/`;
/** A data download: `dataFilePath("claims.csv")`. */
export const dataFilePath = (file: string) => `${PAGES.data.path}${file}`;
/** A reference-manager file of a citable page: `citeFilePath("article-what-is-iskp.bib")`. */
export const citeFilePath = (file: string) => `/cite/${file}`;

/**
 * The kinds of citable anchor: each is `<prefix>-<entry id>`, on the page that lists that kind of
 * entry (claims and their footnotes are on their article's page; an actor type heading and an
 * article in a print volume are on their own page).
 */
export const ANCHORS = {
  claim: { prefix: "claim" },
  footnote: { prefix: "fn" },
  term: { prefix: "term", page: PAGES.glossary.path },
  event: { prefix: "event", page: PAGES.timeline.path },
  actor: { prefix: "actor", page: PAGES.actors.path },
  actorType: { prefix: "type", page: PAGES.actors.path },
  relation: { prefix: "relation", page: PAGES.actors.path },
  recommendation: { prefix: "rec", page: PAGES.recommendations.path },
  figure: { prefix: "figure", page: PAGES.keyFigures.path },
  place: { prefix: "place", page: PAGES.map.path },
  printArticle: { prefix: "article" },
} as const;

export type AnchorKind = keyof typeof ANCHORS;
/** The kinds that live on one reference page, and so have a URL from their id alone. */
export type EntryKind = { [K in AnchorKind]: (typeof ANCHORS)[K] extends { page: string } ? K : never }[AnchorKind];

/** The id of an entry's anchor: `anchorId("term", "taliban")` is `term-taliban`. */
export const anchorId = (kind: AnchorKind, id: string) => `${ANCHORS[kind].prefix}-${id}`;

/** The note that sits inside a claim, and the history list inside its footnote. */
export const claimNoteId = (id: string) => `${anchorId("claim", id)}-evidence`;
export const footnoteHistoryId = (id: string) => `${anchorId("footnote", id)}-history`;

/** `#term-taliban`: an in-page link to an anchor. */
export const fragment = (kind: AnchorKind, id: string) => `#${anchorId(kind, id)}`;

/** The site path of an entry on its reference page: `entryPath("event", "x")` is `/timeline/#event-x`. */
export function entryPath(kind: EntryKind, id: string): string {
  return `${ANCHORS[kind].page}${fragment(kind, id)}`;
}

/** The site path of a claim, on the article that makes it. */
export const claimPath = (slug: string, id: string) => `${articlePath(slug)}${fragment("claim", id)}`;

/** Whether an element id is one of the site's citable entries (for search results to land on). */
export const ENTRY_ID = new RegExp(
  `^(${Object.values(ANCHORS)
    .filter((anchor) => anchor.prefix !== "type" && anchor.prefix !== "article")
    .map((anchor) => anchor.prefix)
    .join("|")})-[a-z0-9-]+$`,
);

/** The name of the section a path is in, for breadcrumbs: `/timeline/` gives "Timeline". */
export function sectionName(segment: string): string | undefined {
  return Object.values(PAGES).find((page) => page.path === `/${segment}/`)?.name;
}

/** Files the site publishes for machines: feeds and the sitemap. */
export const FILES = {
  rss: "/rss.xml",
  jsonFeed: "/feed.json",
  sitemap: "/sitemap-index.xml",
} as const;
