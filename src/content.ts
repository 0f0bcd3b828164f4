/**
 * Queries shared by pages and components, defined once. Everything here reads the content
 * collections; the logic it uses lives in `src/lib/`.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { endOfPeriod } from "~/lib/dates.ts";
import { digest } from "~/lib/digest.ts";
import { relatedArticles, type ArticleTopics } from "~/lib/navigation.ts";
import { planVolumes, PRINT_VOLUME_BUDGET } from "~/lib/print-volumes.ts";
import { checkContent, type CheckedClaim } from "~/lib/provenance/check.ts";
import { extractFromMdx } from "~/lib/provenance/extract.ts";
import { sharedCheckedClaims } from "~/lib/provenance-result.ts";

export type Article = CollectionEntry<"articles">;
export type Source = CollectionEntry<"sources">;

/** A claim with its footnote number on its page and the page's URL. */
export interface IndexedClaim extends CheckedClaim {
  n: number;
  url: string;
}

/** Articles in reading order. */
export async function getArticles(): Promise<Article[]> {
  const articles = await getCollection("articles");
  return articles.sort((a, b) => a.data.order - b.data.order);
}

/** Sources, oldest first. */
export async function getSources(): Promise<Source[]> {
  const sources = await getCollection("sources");
  return sources.sort((a, b) => a.data.published.getTime() - b.data.published.getTime());
}

export function articleUrl(slug: string): string {
  return `/articles/${slug}/`;
}

export function sourceUrl(id: string): string {
  return `/sources/${id}/`;
}

/** Every claim by id, and each article's claims in page order: computed once per build. */
interface ClaimIndex {
  byId: Map<string, IndexedClaim>;
  bySlug: Map<string, IndexedClaim[]>;
}

let claimIndex: Promise<ClaimIndex> | undefined;

/**
 * The verified claims: those the integration checked before this build, or (in `astro dev`, where
 * content changes under a running server) a check of the collections as they are now.
 */
async function checkedClaims(articles: Article[]): Promise<CheckedClaim[]> {
  const shared = sharedCheckedClaims();
  if (shared) {
    // The integration names an article by its file; the collection's id is what URLs use.
    const slugOf = new Map(articles.map((article) => [article.filePath, article.id]));
    return shared.map((claim) => ({ ...claim, slug: slugOf.get(claim.file) ?? claim.slug }));
  }
  const sources = await getSources();
  return checkContent(
    sources.map((source) => ({
      id: source.id,
      file: source.filePath ?? source.id,
      text: source.body ?? "",
      furniture: source.data.furniture,
    })),
    articles.map((article) => ({ slug: article.id, file: article.filePath ?? article.id, mdx: article.body ?? "" })),
  ).claims;
}

function getIndex(): Promise<ClaimIndex> {
  claimIndex ??= (async () => {
    const articles = await getArticles();
    const bySlug = new Map<string, IndexedClaim[]>(articles.map((article) => [article.id, []]));
    for (const claim of await checkedClaims(articles)) {
      const onPage = bySlug.get(claim.slug) ?? [];
      onPage.push({ ...claim, n: onPage.length + 1, url: articleUrl(claim.slug) });
      bySlug.set(claim.slug, onPage);
    }
    // In reading order, as the data download lists them.
    const byId = new Map([...bySlug.values()].flat().map((claim) => [claim.id, claim]));
    return { byId, bySlug };
  })();
  return claimIndex;
}

/**
 * Every claim on the site by id, numbered in page order. Built once per build from the same check
 * that verifies the content, so a number on a page and its footnote can never disagree.
 */
export async function getClaimIndex(): Promise<Map<string, IndexedClaim>> {
  return (await getIndex()).byId;
}

/** The claims of one article, in the order they appear. */
export async function getClaimsOf(slug: string): Promise<IndexedClaim[]> {
  return (await getIndex()).bySlug.get(slug) ?? [];
}

/** The claims that cite a source, grouped by the article they appear in (reading order). */
export async function getClaimsCiting(sourceId: string): Promise<{ article: Article; claims: IndexedClaim[] }[]> {
  const [articles, { bySlug }] = await Promise.all([getArticles(), getIndex()]);
  return articles
    .map((article) => ({
      article,
      claims: (bySlug.get(article.id) ?? []).filter((claim) =>
        claim.citations.some((citation) => citation.source === sourceId),
      ),
    }))
    .filter((group) => group.claims.length > 0);
}

/** Timeline events, oldest first (see `sortAs`). */
export async function getTimeline() {
  const events = (await getCollection("timeline")).map((entry) => entry.data);
  const key = (event: (typeof events)[number]) => event.sortAs ?? endOfPeriod(event.date);
  return events.sort((a, b) => key(a).localeCompare(key(b)));
}

/** Glossary terms, A to Z. */
export async function getGlossary() {
  const terms = (await getCollection("glossary")).map((entry) => entry.data);
  return terms.sort((a, b) => a.term.localeCompare(b.term, "en-GB", { sensitivity: "base" }));
}

/** Actors in the file's order, which groups them by role in the story. */
export async function getActors() {
  return (await getCollection("actors")).map((entry) => entry.data);
}

export async function getRelations() {
  return (await getCollection("relations")).map((entry) => entry.data);
}

/** Places the sources name, as content/places.yaml lists them. */
export async function getPlaces() {
  return (await getCollection("places")).map((entry) => entry.data);
}

export async function getFigures() {
  return (await getCollection("figures")).map((entry) => entry.data);
}

export async function getRecommendations() {
  return (await getCollection("recommendations")).map((entry) => entry.data);
}

/** Actor names by id, for pages that show a reference as a name. */
export async function getActorNames(): Promise<Map<string, string>> {
  return new Map((await getActors()).map((actor) => [actor.id, actor.name]));
}

/** One entry of the site's change log: a new article or a correction to one. */
export interface FeedEntry {
  id: string;
  title: string;
  /** Path on this site. */
  path: string;
  date: Date;
  summary: string;
  kind: "article" | "correction";
}

/** New articles and corrections, newest first (same day: in reading order), for /corrections/ and the feeds. */
export async function getFeedEntries(): Promise<FeedEntry[]> {
  const articles = await getArticles();
  const entries: FeedEntry[] = articles.flatMap((article) => [
    {
      id: `article-${article.id}`,
      title: article.data.title,
      path: articleUrl(article.id),
      date: article.data.published,
      summary: article.data.standfirst,
      kind: "article" as const,
    },
    ...article.data.corrections.map((correction, i) => ({
      id: `correction-${article.id}-${i + 1}`,
      title: `Correction: ${article.data.title}`,
      path: `${articleUrl(article.id)}#corrections`,
      date: correction.date,
      summary: correction.text,
      kind: "correction" as const,
    })),
  ]);
  // A stable sort: entries of the same day keep the reading order they were listed in.
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime());
}

let topics: Promise<Map<string, ArticleTopics>> | undefined;

/** What each article is about (glossary terms used, sources cited), computed once per build. */
function getArticleTopics(): Promise<Map<string, ArticleTopics>> {
  topics ??= (async () => {
    const [articles, { bySlug }] = await Promise.all([getArticles(), getIndex()]);
    return new Map(
      articles.map((article) => [
        article.id,
        {
          slug: article.id,
          terms: new Set(extractFromMdx(article.body ?? "").terms.map((term) => term.id)),
          sources: new Set(
            (bySlug.get(article.id) ?? []).flatMap((claim) => claim.citations.map((citation) => citation.source)),
          ),
        },
      ]),
    );
  })();
  return topics;
}

let related: Promise<Map<string, Article[]>> | undefined;

/** The articles most related to one, by the glossary terms and sources they share. */
export async function getRelatedArticles(slug: string): Promise<Article[]> {
  related ??= (async () => {
    const [articles, topics] = await Promise.all([getArticles(), getArticleTopics()]);
    const byId = new Map(articles.map((article) => [article.id, article]));
    const ranked = relatedArticles([...topics.values()]);
    return new Map([...ranked].map(([id, others]) => [id, others.flatMap((other) => byId.get(other) ?? [])]));
  })();
  return (await related).get(slug) ?? [];
}

/** One volume of the print edition: its number (from 1), its articles and the sources they cite. */
export interface PrintVolume {
  number: number;
  articles: Article[];
  sources: Source[];
}

/**
 * The print edition's volumes: every article in reading order, bound into as few volumes of
 * bounded size as the budget allows (see `src/lib/print-volumes.ts`). Each volume carries the
 * sources its articles cite, so a printed volume stands on its own.
 */
export async function getPrintVolumes(): Promise<PrintVolume[]> {
  const [articles, sources, topics] = await Promise.all([getArticles(), getSources(), getArticleTopics()]);
  const volumes = planVolumes(
    articles.map((article) => ({ id: article.filePath ?? article.id, size: (article.body ?? "").length, article })),
    PRINT_VOLUME_BUDGET,
  );
  return volumes.map((volume, i) => {
    const cited = new Set(volume.flatMap(({ article }) => [...(topics.get(article.id)?.sources ?? [])]));
    return {
      number: i + 1,
      articles: volume.map(({ article }) => article),
      sources: sources.filter((source) => cited.has(source.id)),
    };
  });
}

let shared: Promise<string> | undefined;

/**
 * A fingerprint of the data that pages show besides their own: the sources (in every page's
 * footer and every claim's note) and the glossary (in every term's note). Part of each cached
 * page's `cacheKey`, so that editing a source's details or a definition renders them all again.
 */
export function getSharedDataDigest(): Promise<string> {
  shared ??= (async () => {
    const [sources, glossary] = await Promise.all([getSources(), getGlossary()]);
    return digest({ sources: sources.map((source) => [source.id, source.data]), glossary });
  })();
  return shared;
}

/** An article's place in reading order, as its page shows it. */
export interface ArticlePlace {
  article: Article;
  position: number;
  total: number;
  previous: Article | undefined;
  next: Article | undefined;
}

const titled = (article: Article | undefined) => article && [article.id, article.data.title];

/**
 * The `cacheKey` of an article's page: everything it shows besides the rendering of its MDX,
 * which Astro tracks itself: its entry (frontmatter and body), its claims, its neighbours in
 * reading order, its related articles and the shared data.
 */
export async function getArticlePageKey({ article, position, total, previous, next }: ArticlePlace): Promise<string> {
  const [claims, related, shared] = await Promise.all([
    getClaimsOf(article.id),
    getRelatedArticles(article.id),
    getSharedDataDigest(),
  ]);
  return digest({
    article: [article.id, article.digest],
    position,
    total,
    previous: titled(previous),
    next: titled(next),
    related: related.map(titled),
    claims,
    shared,
  });
}

/** The `cacheKey` of a print volume's page: its articles and their claims, its place among the volumes. */
export async function getPrintVolumeKey(volume: PrintVolume, volumes: PrintVolume[], articleCount: number) {
  const [claims, shared] = await Promise.all([
    Promise.all(volume.articles.map((article) => getClaimsOf(article.id))),
    getSharedDataDigest(),
  ]);
  return digest({
    articles: volume.articles.map((article) => [article.id, article.digest]),
    claims,
    sources: volume.sources.map((source) => source.id),
    volumes: volumes.length,
    next: volumes[volume.number]?.articles.map((article) => article.data.order),
    articleCount,
    shared,
  });
}

/** The `cacheKey` of a source's page: the source, and every claim on the site (it lists those citing it). */
export async function getSourcePageKey(source: Source): Promise<string> {
  const [articles, claims, shared] = await Promise.all([getArticles(), getClaimIndex(), getSharedDataDigest()]);
  return digest({ source: [source.id, source.digest], articles: articles.map(titled), claims, shared });
}
