import { citationSchema, citationsOf, claimPropsSchema, type Citation, type ClaimKind } from "../../schemas/claim.ts";
import { extractFromYaml, type DataText } from "./data.ts";
import { extractFromMdx, type Location } from "./extract.ts";
import { normalise } from "./normalise.ts";
import { PRINT_VOLUME_BUDGET } from "../print-volumes.ts";
import { closestPassage, locateQuote, sentences, type Span } from "./quote.ts";

/** A source as the check needs it: its verbatim text and the lines that are page furniture. */
export interface SourceText {
  id: string;
  file: string;
  text: string;
  furniture: string[];
}

/** An article as the check needs it: its file, its slug and its MDX (frontmatter included). */
export interface ArticleText {
  slug: string;
  file: string;
  mdx: string;
}

/** A verified claim, with where it lives. */
export interface CheckedClaim {
  id: string;
  kind: ClaimKind;
  text: string;
  citations: Citation[];
  slug: string;
  file: string;
  line: number;
  /** The id of the claim whose sentence introduces the list this claim is an item of. */
  leadIn?: string;
}

/** One thing wrong with the content: where, what, and how to fix it. */
export interface ContentError extends Location {
  file: string;
  message: string;
  quote?: string;
  closest?: string;
  fix: string;
}

export interface ArticleReport {
  slug: string;
  claims: number;
  citations: number;
  paragraphs: number;
  unclaimedParagraphs: number;
}

export interface SourceReport {
  id: string;
  substantiveSentences: number;
  coveredSentences: number;
  /** Substantive sentences no quotation covers, for editors looking for gaps. */
  uncovered: string[];
}

export interface CheckResult {
  claims: CheckedClaim[];
  errors: ContentError[];
  articles: ArticleReport[];
  sources: SourceReport[];
}

/** Fields of data entries that refer to entries of another collection: [field, collection]. */
const REFERENCES: Record<string, [string, string][]> = {
  timeline: [
    ["actors", "actors"],
    ["location", "places"],
  ],
  places: [["within", "places"]],
  glossary: [["related", "glossary"]],
  relations: [
    ["from", "actors"],
    ["to", "actors"],
  ],
  recommendations: [
    ["addressedTo", "actors"],
    ["madeBy", "actors"],
  ],
};

/** A sentence counts as covered when quotations on the site span at least this share of it. */
export const COVERED_SHARE = 0.5;

function parseError(error: unknown): Location & { message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(\d+):(\d+)/.exec(message);
  return { line: Number(match?.[1] ?? 0), column: Number(match?.[2] ?? 0), message };
}

/**
 * Verifies every claim of every article against the sources, and reports coverage. Pure: it reads
 * nothing from disk, so the build, the command line and the tests all run exactly this.
 */
export function checkContent(sources: SourceText[], articles: ArticleText[], data: DataText[] = []): CheckResult {
  const normalised = new Map(sources.map((source) => [source.id, normalise(source.text)]));
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const spans = new Map<string, Span[]>(sources.map((source) => [source.id, []]));
  const errors: ContentError[] = [];
  const claims: CheckedClaim[] = [];
  const firstSeen = new Map<string, { file: string; line: number }>();
  const reports: ArticleReport[] = [];
  const links: { file: string; slug: string; line: number; column: number; url: string }[] = [];
  const termUses: { file: string; line: number; column: number; id: string }[] = [];

  /** Checks each citation against its source; records what it covers; reports what fails. */
  const verify = (citations: Citation[], at: Location & { file: string }, label: string): boolean => {
    let verified = true;
    for (const citation of citations) {
      const text = normalised.get(citation.source);
      const source = sourceById.get(citation.source);
      if (text === undefined || source === undefined) {
        verified = false;
        errors.push({
          ...at,
          message: `${label}: unknown source "${citation.source}"`,
          quote: citation.quote,
          fix: `use one of: ${[...sourceById.keys()].join(", ")} (files in content/sources/)`,
        });
        continue;
      }
      const match = locateQuote(text, citation.quote);
      if (match.ok) {
        spans.get(citation.source)?.push(...match.spans);
        continue;
      }
      verified = false;
      if (match.reason === "empty") {
        errors.push({
          ...at,
          message: `${label}: the quotation is empty`,
          fix: "copy the source's exact words into quote",
        });
      } else if (match.reason === "out-of-order") {
        errors.push({
          ...at,
          message: `${label}: the fragments of the quotation are out of order in "${citation.source}"`,
          quote: citation.quote,
          closest: closestPassage(source.text, match.fragment),
          fix: `"${match.fragment}" occurs in the source, but not after the fragment before it; put the fragments in the source's order`,
        });
      } else {
        errors.push({
          ...at,
          message: `${label}: the quotation is not in "${citation.source}"`,
          quote: citation.quote,
          closest: closestPassage(source.text, match.fragment),
          fix: `copy the words exactly from ${source.file}; the part not found is "${match.fragment}"`,
        });
      }
    }
    return verified;
  };

  for (const article of articles) {
    // The print edition binds articles into volumes that must each open quickly on a phone; an
    // article bigger than a volume cannot be bound at all.
    const size = article.mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "").length;
    if (size > PRINT_VOLUME_BUDGET) {
      errors.push({
        file: article.file,
        line: 1,
        column: 1,
        message: `the article is ${size.toLocaleString("en-GB")} characters long, more than one print volume holds (${PRINT_VOLUME_BUDGET.toLocaleString("en-GB")})`,
        fix: "split it into two articles; a volume's size is what keeps the print edition fast on a phone (src/lib/print-volumes.ts)",
      });
    }
    let extracted;
    try {
      extracted = extractFromMdx(article.mdx);
    } catch (error) {
      const { line, column, message } = parseError(error);
      errors.push({
        file: article.file,
        line,
        column,
        message: `the MDX cannot be parsed: ${message}`,
        fix: "check the tags and braces near this line; a literal { or < in prose must be escaped",
      });
      continue;
    }
    const at = (location: Location) => ({ file: article.file, ...location });

    for (const problem of extracted.problems) errors.push({ ...at(problem), ...problem });
    for (const paragraph of extracted.unclaimedParagraphs) {
      errors.push({
        ...at(paragraph),
        message: `a paragraph states no claim: "${paragraph.text.slice(0, 80)}${paragraph.text.length > 80 ? "…" : ""}"`,
        fix: "wrap each fact in <Claim>, or mark a paragraph that states no fact with <Framing> (or <Background> for general knowledge)",
      });
    }
    for (const link of extracted.links) links.push({ ...at(link), slug: article.slug, url: link.url });
    for (const term of extracted.terms) termUses.push({ ...at(term), id: term.id });

    let citationCount = 0;
    for (const raw of extracted.claims) {
      const label = `<Claim${typeof raw.props["id"] === "string" ? ` id="${raw.props["id"]}"` : ""}>`;
      const parsed = claimPropsSchema.safeParse(raw.props);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = issue.path.join(".");
          errors.push({
            ...at(raw),
            message: `${label}: ${path ? `${path} ` : ""}${issue.message}`,
            fix: 'write <Claim id="kebab-id" kind="fact" source="source-id" quote="exact words">…</Claim>; kinds: fact, figure, assessment, opinion, warning, recommendation',
          });
        }
        continue;
      }
      const props = parsed.data;
      const seen = firstSeen.get(props.id);
      if (seen) {
        errors.push({
          ...at(raw),
          message: `${label}: duplicate claim id, first used at ${seen.file}:${seen.line}`,
          fix: "give this claim an id of its own; ids are unique across the site and never change",
        });
      } else {
        firstSeen.set(props.id, { file: article.file, line: raw.line });
      }
      if (raw.text.length === 0) {
        errors.push({
          ...at(raw),
          message: `${label}: the claim has no text of its own`,
          fix: "write the site's own sentence between <Claim …> and </Claim>",
        });
      }

      const citations = citationsOf(props);
      citationCount += citations.length;
      const verified = verify(citations, at(raw), label);
      if (verified && !seen) {
        claims.push({
          id: props.id,
          kind: props.kind,
          text: raw.text,
          citations,
          slug: article.slug,
          file: article.file,
          line: raw.line,
          ...(raw.leadIn === undefined ? {} : { leadIn: raw.leadIn }),
        });
      }
    }
    reports.push({
      slug: article.slug,
      claims: extracted.claims.length,
      citations: citationCount,
      paragraphs: extracted.paragraphCount,
      unclaimedParagraphs: extracted.unclaimedParagraphs.length,
    });
  }

  const dataIds = new Map<string, Set<string>>();
  const references: { file: string; line: number; column: number; label: string; collection: string; id: string }[] =
    [];
  for (const file of data) {
    const { entries, problems } = extractFromYaml(file.yaml);
    for (const problem of problems) errors.push({ file: file.file, ...problem });
    const ids = new Set<string>();
    dataIds.set(file.collection, ids);
    for (const entry of entries) {
      const label = `${file.collection} entry "${entry.id}"`;
      const at = { file: file.file, line: entry.line, column: entry.column };
      if (ids.has(entry.id)) {
        errors.push({
          ...at,
          message: `${label}: duplicate id`,
          fix: "give each entry an id of its own; ids never change",
        });
      }
      ids.add(entry.id);
      for (const raw of entry.citations) {
        const parsed = citationSchema.safeParse(raw.raw);
        const where = { file: file.file, line: raw.line, column: raw.column };
        if (!parsed.success) {
          errors.push({
            ...where,
            message: `${label}: a citation ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`.trim()).join("; ")}`,
            fix: "write each citation as { source: <source id>, quote: <exact words>, speaker: <optional> }",
          });
          continue;
        }
        verify([parsed.data], where, label);
      }
      for (const [field, collection] of REFERENCES[file.collection] ?? []) {
        const value = entry.fields[field];
        for (const id of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
          references.push({ ...at, label, collection, id: String(id) });
        }
      }
    }
  }
  for (const reference of references) {
    const known = dataIds.get(reference.collection);
    if (known && !known.has(reference.id)) {
      errors.push({
        file: reference.file,
        line: reference.line,
        column: reference.column,
        message: `${reference.label}: "${reference.id}" is not an id in ${reference.collection}`,
        fix: `add "${reference.id}" to content/${reference.collection}.yaml, or use an id that is there`,
      });
    }
  }

  const glossary = dataIds.get("glossary");
  for (const use of termUses) {
    if (!glossary || glossary.has(use.id)) continue;
    errors.push({
      file: use.file,
      line: use.line,
      column: use.column,
      message: `<Term id="${use.id}">: there is no glossary entry "${use.id}"`,
      fix: "use the id of an entry in content/glossary.yaml, or add the term there",
    });
  }

  const claimSlug = new Map(claims.map((claim) => [claim.id, claim.slug]));
  const allIds = new Set(firstSeen.keys());
  for (const link of links) {
    const match = /^(?:\/articles\/([a-z0-9-]+)\/)?#claim-([a-z0-9-]+)$/.exec(link.url);
    const id = match?.[2];
    const targetSlug = match?.[1] ?? link.slug;
    const problem = !match
      ? "is not of the form #claim-<id> or /articles/<slug>/#claim-<id>"
      : !allIds.has(id ?? "")
        ? `points to a claim that does not exist`
        : claimSlug.has(id ?? "") && claimSlug.get(id ?? "") !== targetSlug
          ? `points to a claim on another page (it is on /articles/${claimSlug.get(id ?? "") ?? ""}/)`
          : undefined;
    if (problem) {
      errors.push({
        file: link.file,
        line: link.line,
        column: link.column,
        message: `the link ${link.url} ${problem}`,
        fix: "link to an existing claim id: #claim-<id> on the same page, /articles/<slug>/#claim-<id> elsewhere",
      });
    }
  }

  return { claims, errors, articles: reports, sources: coverage(sources, normalised, spans) };
}

function coverage(sources: SourceText[], normalised: Map<string, string>, spans: Map<string, Span[]>): SourceReport[] {
  return sources.map((source) => {
    const text = normalised.get(source.id) ?? "";
    const furniture = new Set(source.furniture.map(normalise));
    const quoted = spans.get(source.id) ?? [];
    let from = 0;
    let substantive = 0;
    let covered = 0;
    const uncovered: string[] = [];
    for (const sentence of sentences(source.text)) {
      const clean = normalise(sentence);
      const start = text.indexOf(clean, from);
      if (start === -1) continue;
      from = start + clean.length;
      if (furniture.has(clean)) continue;
      substantive++;
      const end = start + clean.length;
      const marked = new Uint8Array(clean.length);
      for (const span of quoted) {
        for (let i = Math.max(span.start, start); i < Math.min(span.end, end); i++) marked[i - start] = 1;
      }
      const share = marked.reduce((sum, bit) => sum + bit, 0) / clean.length;
      if (share >= COVERED_SHARE) covered++;
      else uncovered.push(sentence);
    }
    return { id: source.id, substantiveSentences: substantive, coveredSentences: covered, uncovered };
  });
}

/** Formats an error the way a compiler would: `file:line:column`, the problem, the evidence, the fix. */
export function formatError(error: ContentError): string {
  const lines = [`${error.file}:${error.line}:${error.column}  ${error.message}`];
  if (error.quote !== undefined) lines.push(`    quotation:       "${error.quote}"`);
  if (error.closest !== undefined) lines.push(`    closest passage: "${error.closest}"`);
  lines.push(`    fix: ${error.fix}`);
  return lines.join("\n");
}
