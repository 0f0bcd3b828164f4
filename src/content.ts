/**
 * Queries shared by pages and components, defined once. Everything here reads the content
 * collections; the logic it uses lives in `src/lib/`.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { AstroError } from "astro/errors";
import { digest, errors as contentErrors, minute } from "virtual:provenance";
import { eventSortKey } from "~/lib/dates.ts";
import { relatedArticles, type ArticleTopics } from "~/lib/navigation.ts";
import { planVolumes, PRINT_VOLUME_BUDGET } from "~/lib/print-volumes.ts";
import { formatError, type ContentError } from "~/lib/provenance/check.ts";
import type { PageClaim } from "~/lib/provenance/site-digest.ts";
import type { ChangeType, ClaimRevision, ClaimState } from "~/lib/provenance/record.ts";
import { articlePath } from "~/lib/routes";
import { numberWord } from "~/lib/typography.ts";
import { pageKey } from "~/lib/page-key.ts";
import type { MovedClaim } from "~/schemas/data.ts";
import { publishedClaims, publishedOutline, publishedRecord } from "~/lib/provenance/shared-check.ts";
import { readingMinutes } from "~/lib/reading-time.ts";

export type Article = CollectionEntry<"articles">;
export type Source = CollectionEntry<"sources">;
/**
 * Another article as a page names it: its id and frontmatter, never its body. An article page gets
 * its neighbours and related articles in this form, so the page's key (`getCacheKey`) holds
 * everything it shows of them, and an edit to their prose leaves the page as it was.
 */
export type ArticleSummary = Pick<Article, "id" | "data">;
export const articleSummary = (article: Article): ArticleSummary => ({ id: article.id, data: article.data });

/** A claim with its footnote number on its page and the page's URL. */
export interface IndexedClaim extends PageClaim {
  n: number;
  url: string;
  /** The day it was first published (content/claims-record.json). */
  published: string | undefined;
  /** Its earlier meanings, oldest first, each with when and why it changed. */
  history: ClaimRevision[];
}

/** How many sources and articles the site has, in words for its sentences: "the two sources". */
export async function getCounts(): Promise<{ sources: string; articles: string }> {
  const [sources, articles] = await Promise.all([getSources(), getArticles()]);
  return { sources: numberWord(sources.length), articles: numberWord(articles.length) };
}

/**
 * The key under which Astro's incremental build keeps a page rendered from `data` (the props it
 * passes the page): the site digest (every source, data file, claim and frontmatter; see
 * src/lib/provenance/site-digest.ts) with the data itself. A page whose key and code are unchanged
 * since the last build is copied, not rendered again, so the data must hold everything the page
 * shows that the digest does not: its articles whole (each counts by its file's digest, which
 * changes with its body; see src/lib/page-key.ts), its neighbours, its related articles.
 * tests/build/incremental-build.test.ts edits prose that reaches another page, a component and a
 * glossary entry, and checks the second build against a build from nothing.
 */
export function getCacheKey(data: object): string {
  return pageKey(digest, data);
}

// getCollection makes every entry afresh on each call, and article pages ask for the articles
// thousands of times in a build (1.5 s at 1,000 articles), every page's footer counts them, and every
// claim looks for the anchors moved onto it: each list is read once, like the claim index below, and
// each caller gets an array of its own to sort or cut.
let articles: Promise<Article[]> | undefined;
let sources: Promise<Source[]> | undefined;
let movedClaims: Promise<MovedClaim[]> | undefined;

/** Articles in reading order. */
export async function getArticles(): Promise<Article[]> {
  articles ??= getCollection("articles").then((all) => all.sort((a, b) => a.data.order - b.data.order));
  return [...(await articles)];
}

const readSources = () =>
  (sources ??= getCollection("sources").then((all) =>
    all.sort((a, b) => a.data.published.getTime() - b.data.published.getTime()),
  ));

/** Sources, oldest first. */
export async function getSources(): Promise<Source[]> {
  return [...(await readSources())];
}

/**
 * One source by its id, or undefined if there is none. Every claim and every piece of evidence
 * asks for its sources (20,600 claims at 1,000 articles), and `getEntry` makes the entry afresh
 * each time.
 */
export async function getSource(id: string): Promise<Source | undefined> {
  return (await readSources()).find((source) => source.id === id);
}

/** Every claim by id, and each article's claims in page order: computed once per build. */
interface ClaimIndex {
  byId: Map<string, IndexedClaim>;
  bySlug: Map<string, IndexedClaim[]>;
}

let claimIndex: ClaimIndex | undefined;

/**
 * The claims numbered in page order, with their history. They come from the content check that
 * stops the build (src/integrations/provenance.ts), so a number on a page and its footnote can
 * never disagree, and the check runs once.
 */
function getIndex(): ClaimIndex {
  claimIndex ??= (() => {
    const bySlug = new Map<string, IndexedClaim[]>();
    const record = publishedRecord();
    for (const claim of publishedClaims()) {
      const onPage = bySlug.get(claim.slug) ?? [];
      const recorded = record.claims?.[claim.id];
      onPage.push({
        ...claim,
        n: onPage.length + 1,
        url: articlePath(claim.slug),
        published: recorded?.published,
        history: recorded?.history ?? [],
      });
      bySlug.set(claim.slug, onPage);
    }
    const byId = new Map([...bySlug.values()].flat().map((claim) => [claim.id, claim]));
    return { byId, bySlug };
  })();
  return claimIndex;
}

/** Every claim on the site by id, in reading order, numbered in page order. */
export function getClaimIndex(): Promise<Map<string, IndexedClaim>> {
  return Promise.resolve(getIndex().byId);
}

/**
 * Stops rendering with the first content error in `file` (or of one claim), shown in `astro dev`'s
 * error overlay at its file, line and column, with the fix as the hint. A build never gets here:
 * the check stops it first.
 */
export function assertChecked(file: string, claim?: string): void {
  const error: ContentError | undefined = contentErrors.find((candidate) =>
    claim === undefined ? file.endsWith(candidate.file) : candidate.claim === claim,
  );
  if (!error) return;
  const thrown = new AstroError(
    formatError(error).split("\n")[0] ?? error.message,
    [error.closest && `The closest passage in the source: “${error.closest}”.`, `Fix: ${error.fix}.`]
      .filter(Boolean)
      .join(" "),
  );
  Object.assign(thrown, { loc: { file: error.file, line: error.line, column: error.column } });
  throw thrown;
}

/** The claims of one article, in the order they appear. */
export function getClaimsOf(slug: string): Promise<IndexedClaim[]> {
  return Promise.resolve(getIndex().bySlug.get(slug) ?? []);
}

/** The claims that cite a source, grouped by the article they appear in (reading order). */
export async function getClaimsCiting(sourceId: string): Promise<{ article: Article; claims: IndexedClaim[] }[]> {
  const { bySlug } = getIndex();
  return (await getArticles())
    .map((article) => ({
      article,
      claims: (bySlug.get(article.id) ?? []).filter((claim) =>
        claim.citations.some((citation) => citation.source === sourceId),
      ),
    }))
    .filter((group) => group.claims.length > 0);
}

/** Timeline events, oldest first, each at the last day its date allows (see `eventSortKey`). */
export async function getTimeline() {
  const events = (await getCollection("timeline")).map((entry) => entry.data);
  return events.sort((a, b) => eventSortKey(a.date).localeCompare(eventSortKey(b.date)));
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

/** Claim anchors that left their page (content/moved-claims.yaml). */
export async function getMovedClaims(): Promise<MovedClaim[]> {
  movedClaims ??= getCollection("movedClaims").then((all) => all.map((entry) => entry.data));
  return [...(await movedClaims)];
}

/** The claims of "ISKP in a minute" on the home page, in the order content/minute.yaml gives them. */
export async function getMinute(): Promise<IndexedClaim[]> {
  const claims = await getClaimIndex();
  return minute.flatMap((id) => claims.get(id) ?? []);
}

/**
 * A claim link published to a page whose claim has left it: where it went (the claim, and the
 * title of the article it is on now), or why it was removed.
 */
export type EarlierLink = MovedClaim & { now: IndexedClaim | undefined; nowIn: string | undefined };

/**
 * The claim links published to `slug` that now need explaining there ("Earlier links to this
 * page"): claims that went to another page or were removed. A claim merged into another on the
 * same page needs no entry: its anchor sits on that claim (Claim.astro).
 */
export async function getEarlierLinks(slug: string): Promise<EarlierLink[]> {
  const moved = (await getMovedClaims()).filter((entry) => entry.from === slug);
  // Most pages have none: only then are the claims and the titles of a thousand articles looked up.
  if (moved.length === 0) return [];
  const [claims, articles] = await Promise.all([getClaimIndex(), getArticles()]);
  const titles = new Map(articles.map((article) => [article.id, article.data.title]));
  return moved
    .map((entry) => {
      const now = entry.to === undefined ? undefined : claims.get(entry.to);
      return { ...entry, now, nowIn: now && titles.get(now.slug) };
    })
    .filter((entry) => !(entry.now && entry.now.slug === slug && entry.now.id !== entry.id));
}

/** Articles that were replaced, whose URLs now say where their content went. */
export async function getRetiredArticles() {
  return (await getCollection("retiredArticles")).map((entry) => entry.data);
}

/** Actor names by id, for pages that show a reference as a name. */
export async function getActorNames(): Promise<Map<string, string>> {
  return new Map((await getActors()).map((actor) => [actor.id, actor.name]));
}

/** One change to a published claim, for /corrections/ and the feeds. */
export interface ClaimChangeEntry {
  id: string;
  date: string;
  type: ChangeType;
  reason: string;
  /** What it said before. */
  was: ClaimState;
  /** The claim as it reads now (itself, or the claim that carries it), if it is still on the site. */
  now: IndexedClaim | undefined;
  removed: boolean;
}

/** Every change to a published claim's meaning, and every claim that went, newest first (content/claims-record.json). */
export async function getClaimChanges(): Promise<ClaimChangeEntry[]> {
  const claims = await getClaimIndex();
  const entries: ClaimChangeEntry[] = [];
  for (const [id, recorded] of Object.entries(publishedRecord().claims ?? {})) {
    for (const revision of recorded.history) {
      entries.push({ id, ...revision, now: claims.get(id), removed: false });
    }
    if (recorded.removed) {
      const { date, type, reason, to } = recorded.removed;
      entries.push({ id, date, type, reason, was: recorded, now: to ? claims.get(to) : undefined, removed: true });
    }
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** How the change log names each type of change to claims. */
export const CHANGE_TITLES: Record<ChangeType, string> = {
  correction: "Claims corrected",
  clarification: "Claims clarified",
  update: "Claims updated",
  merge: "Claims merged",
};

/** Changes made together: the same day, type and reason, as /corrections/ and the feeds list them. */
export interface ClaimChangeGroup {
  /** The anchor of the group on /corrections/. */
  anchor: string;
  date: string;
  type: ChangeType;
  reason: string;
  changes: ClaimChangeEntry[];
}

/** Claim changes grouped by day, type and reason, newest first. */
export async function getClaimChangeGroups(): Promise<ClaimChangeGroup[]> {
  const groups: ClaimChangeGroup[] = [];
  for (const change of await getClaimChanges()) {
    const group = groups.find((g) => g.date === change.date && g.type === change.type && g.reason === change.reason);
    if (group) group.changes.push(change);
    else groups.push({ anchor: "", date: change.date, type: change.type, reason: change.reason, changes: [change] });
  }
  return groups.map((group, i) => ({ ...group, anchor: `changes-${group.date}-${String(i + 1)}` }));
}

/** One entry of the site's change log: a new article, a correction to one, or its replacement. */
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
  const [articles, retired] = await Promise.all([getArticles(), getRetiredArticles()]);
  const entries: FeedEntry[] = articles.flatMap((article) => [
    {
      id: `article-${article.id}`,
      title: article.data.title,
      path: articlePath(article.id),
      date: article.data.published,
      summary: article.data.standfirst,
      kind: "article" as const,
    },
    ...article.data.corrections.map((correction, i) => ({
      id: `correction-${article.id}-${i + 1}`,
      title: `Correction: ${article.data.title}`,
      path: `${articlePath(article.id)}#corrections`,
      date: correction.date,
      summary: correction.text,
      kind: "correction" as const,
    })),
  ]);
  for (const group of await getClaimChangeGroups()) {
    const count = group.changes.length;
    entries.push({
      id: group.anchor,
      title: `${CHANGE_TITLES[group.type]}: ${String(count)} claim${count === 1 ? "" : "s"}`,
      path: `/corrections/#${group.anchor}`,
      date: new Date(group.date),
      summary: group.reason,
      kind: "correction",
    });
  }
  for (const entry of retired) {
    entries.push({
      id: `replaced-${entry.id}`,
      title: `Replaced: ${entry.title}`,
      path: articlePath(entry.id),
      date: entry.date,
      summary: entry.reason,
      kind: "correction",
    });
  }
  // A stable sort: entries of the same day keep the reading order they were listed in.
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime());
}

let topics: Promise<Map<string, ArticleTopics>> | undefined;

/** What each article is about (glossary terms used, sources cited), computed once per build. */
function getArticleTopics(): Promise<Map<string, ArticleTopics>> {
  topics ??= (async () => {
    const { bySlug } = getIndex();
    return new Map(
      (await getArticles()).map((article) => [
        article.id,
        {
          slug: article.id,
          terms: outlineOf(article).terms,
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

/** What the site needs to know of an article's body besides its claims: its terms and components. */
interface BodyOutline {
  terms: Set<string>;
  components: Set<string>;
}

const outlines = new Map<string, BodyOutline>();

/**
 * An article's body outline, from the content check's parse: the check publishes it outside any
 * module (src/lib/provenance/shared-check.ts), so that pages need not parse every article again.
 */
function outlineOf(article: Article): BodyOutline {
  let outline = outlines.get(article.id);
  if (!outline) {
    const shared = publishedOutline(article.id);
    if (!shared) {
      throw new Error(
        `${article.filePath ?? article.id}: the content check could not read this article; run npm run check:content.`,
      );
    }
    outline = { terms: new Set(shared.terms), components: new Set(shared.components) };
    outlines.set(article.id, outline);
  }
  return outline;
}

/** A section a page adds around an article's body, for its contents list. */
export interface PageSection {
  slug: string;
  text: string;
}

/** What an article's page shows besides its body, computed once per page and passed down. */
export interface ArticlePage {
  article: Article;
  /** Its place in the reading order, from 1, of `total`; and its neighbours there. */
  position: number;
  total: number;
  previous: ArticleSummary | undefined;
  next: ArticleSummary | undefined;
  minutes: number;
  /** Its claims in page order, each with its footnote number. */
  claims: IndexedClaim[];
  /** The sources its claims cite, oldest first. */
  sources: Source[];
  related: ArticleSummary[];
  earlier: EarlierLink[];
  /** The sections that components and the layout add before and after the body. */
  before: PageSection[];
  after: PageSection[];
}

// An article's page asks for this twice in a build, once for its cache key and once to render: made
// twice, the page's claims, related articles and reading time took 0.6 s at 1,000 articles.
const articlePages = new Map<string, Promise<ArticlePage>>();

/** Everything an article's page needs, by its slug. */
export function getArticlePage(slug: string): Promise<ArticlePage> {
  let page = articlePages.get(slug);
  if (!page) {
    page = makeArticlePage(slug);
    articlePages.set(slug, page);
  }
  return page;
}

async function makeArticlePage(slug: string): Promise<ArticlePage> {
  const articles = await getArticles();
  const position = articles.findIndex((article) => article.id === slug);
  const article = articles[position];
  if (!article) throw new Error(`getArticlePage: no article "${slug}" in content/articles/.`);
  const [claims, allSources, related, earlier] = await Promise.all([
    getClaimsOf(slug),
    getSources(),
    getRelatedArticles(slug),
    getEarlierLinks(slug),
  ]);
  const cited = new Set(claims.flatMap((claim) => claim.citations.map((citation) => citation.source)));
  const body = article.body ?? "";
  const used = outlineOf(article).components;
  const neighbour = (at: number) => {
    const other = articles[at];
    return other && articleSummary(other);
  };
  return {
    article,
    position: position + 1,
    total: articles.length,
    previous: neighbour(position - 1),
    next: neighbour(position + 1),
    minutes: readingMinutes(body),
    claims,
    sources: allSources.filter((source) => cited.has(source.id)),
    related: related.map(articleSummary),
    earlier,
    before: used.has("KeyPoints") ? [{ slug: "key-points", text: "Key points" }] : [],
    after: [
      ...(used.has("Questions") ? [{ slug: "questions", text: "Questions to consider" }] : []),
      ...(article.data.corrections.length > 0 ? [{ slug: "corrections", text: "Corrections and changes" }] : []),
      { slug: "footnotes", text: "Sources for each claim" },
      ...(earlier.length > 0 ? [{ slug: "earlier-links", text: "Earlier links to this page" }] : []),
      ...(related.length > 0 ? [{ slug: "related", text: "Related articles" }] : []),
      { slug: "cite", text: "Cite this page" },
    ],
  };
}
