/**
 * The content check: every rule in ./rules/ over the content parsed once (./site.ts). Pure: it
 * reads nothing from disk, so the build, `npm run check:content`, `astro dev` and the tests all
 * run exactly this, on the same files read the same way (./load.ts).
 */
import type { Citation, ClaimKind } from "../../schemas/claim.ts";
import type { Location } from "./extract.ts";
import type { ContentFiles } from "./load.ts";
import { normalise } from "./normalise.ts";
import type { Span } from "./quote.ts";
import { RULES } from "./rules/index.ts";
import type { Problem } from "./rules/rule.ts";
import { buildSite, type SourceDoc } from "./site.ts";

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
}

/** One thing wrong with the content: where, what, the rule that found it, and how to fix it. */
export interface ContentError extends Problem {
  rule: string;
}

export interface ArticleReport {
  slug: string;
  claims: number;
  citations: number;
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
      });
    }
  }

  const spans = new Map<string, Span[]>();
  for (const use of site.citations) {
    if (!use.source || !use.match?.ok) continue;
    spans.set(use.source.id, [...(spans.get(use.source.id) ?? []), ...use.match.spans]);
  }
  return {
    claims,
    errors,
    articles: site.articles.map((article) => ({
      slug: article.slug,
      claims: article.claims.length,
      citations: article.claims.reduce((sum, claim) => sum + claim.citations.length, 0),
    })),
    sources: site.sources.map((source) => coverage(source, spans.get(source.id) ?? [])),
  };
}

function coverage(source: SourceDoc, quoted: Span[]): SourceReport {
  const furniture = new Set(source.furniture.map(normalise));
  let substantive = 0;
  let covered = 0;
  const uncovered: string[] = [];
  for (const { text, start, end } of source.sentences) {
    if (furniture.has(normalise(text))) continue;
    substantive++;
    const marked = new Uint8Array(end - start);
    for (const span of quoted) {
      for (let i = Math.max(span.start, start); i < Math.min(span.end, end); i++) marked[i - start] = 1;
    }
    const share = marked.reduce((sum, bit) => sum + bit, 0) / (end - start);
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
