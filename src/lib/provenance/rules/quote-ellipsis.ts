import type { Rule } from "./rule.ts";

/**
 * Words that reverse or weaken what is around them. An ellipsis may not leave one out, and a
 * quotation may not stop just short of one: either would make the source say what it does not.
 */
export const MEANING_WORDS = [
  "not",
  "no",
  "never",
  "cannot",
  "without",
  "nor",
  "neither",
  "reportedly",
  "allegedly",
  "apparently",
  "may",
  "might",
  "could",
  "approximately",
  "around",
  "nearly",
  "almost",
] as const;

const MEANING = new RegExp(`\\b(?:${MEANING_WORDS.join("|")})\\b|\\b\\w+n't\\b`, "giu");

/** The negations and hedges in `text`. */
function meaningWords(text: string): string[] {
  return [...text.matchAll(MEANING)].map((match) => match[0]);
}

/** The word that ends just before `at`, or starts at `at`, in `text` (within the same sentence). */
function wordBefore(text: string, at: number): string {
  return /([\p{L}']+)[^\p{L}.!?]*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? "";
}
function wordAfter(text: string, at: number): string {
  if (/[.!?]$/.test(text.slice(0, at))) return "";
  return /^[^\p{L}.!?]*([\p{L}']+)/u.exec(text.slice(at, at + 40))?.[1] ?? "";
}

export const quoteEllipsis: Rule = {
  name: "quote-ellipsis",
  refuses:
    "a quotation that leaves out a negation or hedge (not, no, never, cannot, n’t, without, reportedly, allegedly, apparently, may, might, could, approximately, around, nearly, almost), inside an ellipsis or just before or after it",
  check(site, report) {
    for (const use of site.citations) {
      const { source, match } = use;
      if (!source || !match?.ok) continue;
      const text = source.normalised;
      const left: string[] = [];
      for (let i = 0; i + 1 < match.spans.length; i++) {
        const gap = text.slice(match.spans[i]?.end, match.spans[i + 1]?.start);
        for (const word of meaningWords(gap)) left.push(`“${word}” inside the ellipsis`);
      }
      const first = match.spans[0];
      const last = match.spans.at(-1);
      // A quotation cut inside a word ("can" of "cannot") is the word-boundary rule's to report.
      const before = first && !first.midWord ? wordBefore(text, first.start) : "";
      const after = last && !last.midWord ? wordAfter(text, last.end) : "";
      for (const word of meaningWords(before)) left.push(`“${word}” just before it`);
      for (const word of meaningWords(after)) left.push(`“${word}” just after it`);
      if (left.length === 0) continue;
      const unique = [...new Set(left)];
      report({
        file: use.file,
        line: use.line,
        column: use.column,
        ...(use.claim?.parsed ? { claim: use.claim.parsed.id } : {}),
        message: `${use.label}: the quotation leaves out ${unique.join(", ")}, which changes what the source says`,
        quote: use.citation.quote,
        fix: "quote the negation or hedge too, and keep it in the site's own words",
      });
    }
  },
};
