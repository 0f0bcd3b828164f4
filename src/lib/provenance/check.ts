/**
 * The content check: every rule in ./rules/ over the content parsed once (./site.ts). Pure: it
 * reads nothing from disk, so the build, `npm run check:content`, `astro dev` and the tests all
 * run exactly this, on the same files read the same way (./load.ts).
 */
import type { Citation, ClaimKind } from "../../schemas/claim.ts";
import { articlePath } from "../routes.ts";
import { studyOutline, type StudyOutline } from "../study/outline.ts";
import { componentsIn, type Location } from "./extract.ts";
import type { ContentFiles } from "./load.ts";
import { normalise } from "./normalise.ts";
import type { Span } from "./quote.ts";
import { RULES } from "./rules/index.ts";
import type { Problem } from "./rules/rule.ts";
import type { SharedOutline } from "./shared-check.ts";
import { buildSite, type SourceDoc } from "./site.ts";
import { countWords, readerWords } from "./words.ts";

/** A claim as the site uses it, with where it lives. */
export interface CheckedClaim {
  id: string;
  kind: ClaimKind;
  text: string;
  citations: Citation[];
  slug: string;
  file: string;
  line: number;
  column: number;
  /** The id of the claim whose sentence introduces the list this claim is an item of. */
  leadIn?: string;
  /** The working or caveat shown with the evidence (a date worked out, what the source does not say). */
  note?: string;
}

/** One thing wrong with the content: where, what, the rule that found it, and how to fix it. */
export interface ContentError extends Problem {
  rule: string;
}

export interface ArticleReport {
  slug: string;
  claims: number;
  citations: number;
  /** Words a reader reads: title, standfirst and body, without notes, footnotes or question pointers. */
  words: number;
}

/** A passage of a source that the bodies of several articles quote (key points aside). */
export interface RetoldPassage {
  source: string;
  sentence: string;
  articles: string[];
}

export interface SourceReport {
  id: string;
  substantiveSentences: number;
  coveredSentences: number;
  /** Substantive sentences no quotation covers, for editors looking for gaps. */
  uncovered: string[];
}

export interface CheckResult {
  /** Every claim whose props are valid and whose id is not taken, in page order. */
  claims: CheckedClaim[];
  errors: ContentError[];
  articles: ArticleReport[];
  sources: SourceReport[];
  /** Source sentences quoted in the body of more than one article, most retold first. */
  retold: RetoldPassage[];
  /** The home page's "ISKP in a minute" (content/minute.yaml): its claims in order, and their words. */
  minute: { ids: string[]; words: number };
  /** Each article's key points and questions, for the study guide, by slug (articles that parse). */
  study: Record<string, StudyOutline>;
  /** Each article's glossary terms and components, for the pages, by slug (articles that parse). */
  outlines: Record<string, SharedOutline>;
}

/** A sentence counts as covered when quotations on the site span at least this share of it. */
export const COVERED_SHARE = 0.5;

/** Runs every rule over the content and reports coverage. */
export function checkContent(files: ContentFiles): CheckResult {
  const site = buildSite(files);
  const errors: ContentError[] = [];
  for (const rule of RULES) rule.check(site, (problem) => errors.push({ ...problem, rule: rule.name }));

  const claims: CheckedClaim[] = [];
  const taken = new Set<string>();
  for (const article of site.articles) {
    for (const claim of article.claims) {
      if (!claim.parsed || taken.has(claim.parsed.id)) continue;
      taken.add(claim.parsed.id);
      claims.push({
        id: claim.parsed.id,
        kind: claim.parsed.kind,
        text: claim.text,
        citations: claim.citations,
        slug: article.slug,
        file: article.file,
        line: claim.line,
        column: claim.column,
        ...(claim.leadIn === undefined ? {} : { leadIn: claim.leadIn }),
        ...(claim.parsed.note === undefined ? {} : { note: claim.parsed.note }),
      });
    }
  }

  const spans = new Map<string, Span[]>();
  for (const use of site.citations) {
    if (!use.source || !use.match?.ok) continue;
    const list = spans.get(use.source.id) ?? [];
    list.push(...use.match.spans);
    spans.set(use.source.id, list);
  }
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return {
    claims,
    errors,
    articles: site.articles.map((article) => ({
      slug: article.slug,
      claims: article.claims.length,
      citations: article.claims.reduce((sum, claim) => sum + claim.citations.length, 0),
      words: readerWords(article, byId),
    })),
    sources: site.sources.map((source) => coverage(source, spans.get(source.id) ?? [])),
    retold: retold(site),
    minute: minuteWords(site, byId),
    study: Object.fromEntries(
      site.articles.flatMap((article) => {
        const tree = article.extracted?.tree;
        return tree ? [[article.slug, studyOutline(tree, articlePath(article.slug))]] : [];
      }),
    ),
    outlines: Object.fromEntries(
      site.articles.flatMap((article) => {
        const { extracted } = article;
        if (!extracted) return [];
        const terms = [...new Set(extracted.terms.map((term) => term.id))];
        return [[article.slug, { terms, components: [...componentsIn(extracted.tree)] }]];
      }),
    ),
  };
}

function minuteWords(
  site: ReturnType<typeof buildSite>,
  byId: ReadonlyMap<string, CheckedClaim>,
): CheckResult["minute"] {
  const ids = site.data.find((doc) => doc.collection === "minute")?.entries.map((entry) => entry.id) ?? [];
  const texts = ids.map((id) => byId.get(id)?.text ?? "");
  return { ids, words: texts.reduce((sum, text) => sum + countWords(text), 0) };
}

/** The source sentences each article's body quotes (its key points and page furniture aside), and which are quoted by several. */
function retold(site: ReturnType<typeof buildSite>): RetoldPassage[] {
  const tellers = new Map<string, { source: string; sentence: string; articles: Set<string> }>();
  const slugOf = new Map(site.articles.flatMap((article) => article.claims.map((claim) => [claim, article.slug])));
  // A byline or dateline cited to date a claim is not a fact told again.
  const substantive = new Map(
    site.sources.map((source) => {
      const furniture = new Set(source.furniture.map(normalise));
      return [source, source.sentences.filter((sentence) => !furniture.has(normalise(sentence.text)))];
    }),
  );
  for (const use of site.citations) {
    const { source, match, claim } = use;
    if (!source || !match?.ok || !claim || claim.inKeyPoints) continue;
    const slug = slugOf.get(claim) ?? "";
    for (const sentence of substantive.get(source) ?? []) {
      if (!match.spans.some((span) => sentence.start < span.end && span.start < sentence.end)) continue;
      const key = `${source.id}:${String(sentence.start)}`;
      const entry = tellers.get(key) ?? { source: source.id, sentence: sentence.text, articles: new Set<string>() };
      entry.articles.add(slug);
      tellers.set(key, entry);
    }
  }
  return [...tellers.values()]
    .filter((entry) => entry.articles.size > 1)
    .map((entry) => ({ ...entry, articles: [...entry.articles].sort() }))
    .sort((a, b) => b.articles.length - a.articles.length);
}

function coverage(source: SourceDoc, quoted: Span[]): SourceReport {
  const furniture = new Set(source.furniture.map(normalise));
  let substantive = 0;
  let covered = 0;
  const uncovered: string[] = [];
  // Every character of the source that some quotation spans, marked once for all its sentences.
  const length = Math.max(source.normalised.length, ...source.sentences.map((sentence) => sentence.end));
  const marked = new Uint8Array(length);
  for (const span of quoted) marked.fill(1, span.start, span.end);
  for (const { text, start, end } of source.sentences) {
    if (furniture.has(normalise(text))) continue;
    substantive++;
    const share = marked.subarray(start, end).reduce((sum, bit) => sum + bit, 0) / (end - start);
    if (share >= COVERED_SHARE) covered++;
    else uncovered.push(text);
  }
  return { id: source.id, substantiveSentences: substantive, coveredSentences: covered, uncovered };
}

/** Formats an error the way a compiler would: `file:line:column`, the problem, the evidence, the fix. */
export function formatError(error: ContentError): string {
  const lines = [`${error.file}:${error.line}:${error.column}  ${error.message}  [${error.rule}]`];
  if (error.quote !== undefined) lines.push(`    quotation:       "${error.quote}"`);
  if (error.closest !== undefined) lines.push(`    closest passage: "${error.closest}"`);
  lines.push(`    fix: ${error.fix}`);
  return lines.join("\n");
}

export type { Location };
