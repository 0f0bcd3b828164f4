/**
 * The content as the rules read it: every file parsed once, every citation located once in its
 * source. Rules (./rules/) only read this model and report; none of them parses or matches again.
 */
import { citationSchema, citationsOf, claimPropsSchema, type Citation, type ClaimProps } from "../../schemas/claim.ts";
import { readEntries, type DataEntry } from "./data.ts";
import { extractFromMdx, type ExtractedClaim, type ExtractResult, type Location } from "./extract.ts";
import type { ArticleFile, ContentFiles, DataFile, SourceFile } from "./load.ts";
import { normalise } from "./normalise.ts";
import { locateQuote, locateSentences, type QuoteMatch, type SentenceSpan } from "./quote.ts";
import type { ClaimRecord } from "./record.ts";
import { parseYaml, readFrontmatter, type Frontmatter, type YamlBlock } from "./yaml.ts";

/** A span of a source's normalised text. */
export interface Range {
  start: number;
  end: number;
}

export interface SourceDoc extends SourceFile {
  frontmatter: Frontmatter;
  /** The verbatim text (the body after the frontmatter). */
  text: string;
  normalised: string;
  /** Lines that are page furniture (adverts, captions, bylines), from the frontmatter. */
  furniture: string[];
  sentences: SentenceSpan[];
  /** Passages inside quotation marks (“…”), where the source quotes someone's own words. */
  quoted: Range[];
}

export interface ClaimUse extends ExtractedClaim {
  /** The props, when they are valid. */
  parsed: ClaimProps | undefined;
  citations: Citation[];
}

export interface ArticleDoc extends ArticleFile {
  frontmatter: Frontmatter;
  /** The parsed body; undefined when the MDX cannot be parsed (see `parseError`). */
  extracted: ExtractResult | undefined;
  parseError: (Location & { message: string }) | undefined;
  claims: ClaimUse[];
}

export interface DataDoc extends DataFile {
  block: YamlBlock;
  entries: DataEntry[];
  problems: (Location & { message: string })[];
}

/** One citation, in an article's claim or a data entry, located in its source. */
export interface CitationUse extends Location {
  file: string;
  /** How errors name what holds it: `<Claim id="x">` or `timeline entry "x"`. */
  label: string;
  citation: Citation;
  /** Undefined when the source id is unknown. */
  source: SourceDoc | undefined;
  /** Undefined when the source is unknown. */
  match: QuoteMatch | undefined;
  /** The site's own words that rest on this citation: the claim's sentence, or the entry's text. */
  siteText: string;
  /** The claim it backs, if any. */
  claim: ClaimUse | undefined;
  /** The data entry it backs, if any, with its collection. */
  entry: (DataEntry & { collection: string }) | undefined;
  /** Every citation of the same claim or entry (this one included). */
  siblings: Citation[];
}

export interface Site {
  sources: SourceDoc[];
  articles: ArticleDoc[];
  data: DataDoc[];
  strays: string[];
  citations: CitationUse[];
  /** The record of published claims, parsed; an error message in place of it when it cannot be read. */
  record: { file: string; value: ClaimRecord | undefined; error?: string } | undefined;
}

/**
 * The fields of each data collection that are the site's own words, which rules about hedges and
 * reported speech compare with the quotations. A relation's kind is read as words too
 * ("may-cooperate-with").
 */
export const SITE_TEXT_FIELDS: Record<string, string[]> = {
  timeline: ["title", "summary"],
  glossary: ["definition"],
  actors: ["role"],
  relations: ["kind", "description"],
  figures: ["value", "measures", "statedBy", "caveat"],
  recommendations: ["recommendation", "rationale"],
  places: ["summary"],
};

function quotedRanges(text: string, normalised: string): Range[] {
  const ranges: Range[] = [];
  let from = 0;
  for (const match of text.matchAll(/[“"]([^”"]+)[”"]/g)) {
    const inner = normalise(match[1] ?? "");
    const start = normalised.indexOf(inner, from);
    if (start === -1 || inner.length === 0) continue;
    ranges.push({ start, end: start + inner.length });
    from = start + inner.length;
  }
  return ranges;
}

function readSource(file: SourceFile): SourceDoc {
  const frontmatter = readFrontmatter(file.raw);
  const value = frontmatter.yaml?.value as Record<string, unknown> | undefined;
  const furniture = Array.isArray(value?.["furniture"]) ? value["furniture"].map(String) : [];
  const text = frontmatter.body;
  const normalised = normalise(text);
  return {
    ...file,
    frontmatter,
    text,
    normalised,
    furniture,
    sentences: locateSentences(text, normalised),
    quoted: quotedRanges(text, normalised),
  };
}

function parseError(error: unknown): Location & { message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(\d+):(\d+)/.exec(message);
  return { line: Number(match?.[1] ?? 1), column: Number(match?.[2] ?? 1), message };
}

function readArticle(file: ArticleFile): ArticleDoc {
  const frontmatter = readFrontmatter(file.mdx);
  try {
    const extracted = extractFromMdx(file.mdx);
    const claims = extracted.claims.map((claim) => {
      const parsed = claimPropsSchema.safeParse(claim.props);
      return { ...claim, parsed: parsed.data, citations: parsed.success ? citationsOf(parsed.data) : [] };
    });
    return { ...file, frontmatter, extracted, parseError: undefined, claims };
  } catch (error) {
    return { ...file, frontmatter, extracted: undefined, parseError: parseError(error), claims: [] };
  }
}

function readData(file: DataFile): DataDoc {
  const block = parseYaml(file.yaml);
  const { entries, problems } = readEntries(block);
  return { ...file, block, entries, problems };
}

/**
 * The fields in which a data entry asserts something itself, where its other text fields explain
 * (a recommendation's rationale says "he does not say who should act", which asserts no "should").
 */
export const ASSERTION_FIELDS: Record<string, string[]> = { ...SITE_TEXT_FIELDS, recommendations: ["recommendation"] };

/** The site's own words in a data entry (in `fields`, by default all its text), for comparison with what it quotes. */
export function entryText(collection: string, values: Record<string, unknown>, fields = SITE_TEXT_FIELDS): string {
  return (fields[collection] ?? [])
    .map((field) => values[field])
    .filter((value): value is string => typeof value === "string")
    .map((value) => (value.includes(" ") ? value : value.replaceAll("-", " ")))
    .join(" ");
}

/** Parses every file and locates every citation. */
export function buildSite(files: ContentFiles): Site {
  const sources = files.sources.map(readSource);
  const articles = files.articles.map(readArticle);
  const data = files.data.map(readData);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const locate = (citation: Citation) => {
    const source = byId.get(citation.source);
    return { source, match: source ? locateQuote(source.normalised, citation.quote) : undefined };
  };

  const citations: CitationUse[] = [];
  for (const article of articles) {
    for (const claim of article.claims) {
      const label = `<Claim${typeof claim.props["id"] === "string" ? ` id="${claim.props["id"]}"` : ""}>`;
      for (const citation of claim.citations) {
        citations.push({
          file: article.file,
          line: claim.line,
          column: claim.column,
          label,
          citation,
          ...locate(citation),
          siteText: claim.text,
          claim,
          entry: undefined,
          siblings: claim.citations,
        });
      }
    }
  }
  for (const doc of data) {
    for (const entry of doc.entries) {
      const parsed = entry.citations.map((raw) => ({ raw, citation: citationSchema.safeParse(raw.raw).data }));
      const siblings = parsed.flatMap(({ citation }) => (citation ? [citation] : []));
      for (const { raw, citation } of parsed) {
        if (!citation) continue;
        citations.push({
          file: doc.file,
          line: raw.line,
          column: raw.column,
          label: `${doc.collection} entry "${entry.id}"`,
          citation,
          ...locate(citation),
          siteText: entryText(doc.collection, entry.fields),
          claim: undefined,
          entry: { ...entry, collection: doc.collection },
          siblings,
        });
      }
    }
  }
  return { sources, articles, data, strays: files.strays, citations, record: readRecord(files.record) };
}

function readRecord(file: ContentFiles["record"]): Site["record"] {
  if (!file) return undefined;
  try {
    return { file: file.file, value: JSON.parse(file.json) as ClaimRecord };
  } catch (error) {
    return { file: file.file, value: undefined, error: error instanceof Error ? error.message : String(error) };
  }
}
