import { normalise, splitFragments } from "./normalise.ts";

/** Where one fragment of a quotation sits in the normalised source text. */
export interface Span {
  start: number;
  end: number;
}

export type QuoteMatch =
  | { ok: true; spans: Span[] }
  | { ok: false; reason: "empty" }
  | { ok: false; reason: "missing" | "out-of-order"; fragment: string };

/**
 * Finds every fragment of `quote` in `normalisedSource` (already passed through `normalise`),
 * each after the end of the one before.
 */
export function locateQuote(normalisedSource: string, quote: string): QuoteMatch {
  const fragments = splitFragments(quote);
  if (fragments.length === 0) return { ok: false, reason: "empty" };
  const spans: Span[] = [];
  let from = 0;
  for (const fragment of fragments) {
    const start = normalisedSource.indexOf(fragment, from);
    if (start === -1) {
      const anywhere = normalisedSource.includes(fragment);
      return { ok: false, reason: anywhere ? "out-of-order" : "missing", fragment };
    }
    spans.push({ start, end: start + fragment.length });
    from = start + fragment.length;
  }
  return { ok: true, spans };
}

/** Splits a text into sentences (and stand-alone lines such as headings or list items). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?]["'\u2019\u201D]?)\s+(?=[A-Z\u201C\u2018"'])/))
    .map((sentence) => sentence.replace(/^[\s\u2022•*-]+/, "").trim())
    .filter((sentence) => sentence.length > 0);
}

function words(text: string): string[] {
  return normalise(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((word) => word.length > 0);
}

function bigrams(list: string[]): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    result.add(list[i] ?? "");
    if (i + 1 < list.length) result.add(`${list[i] ?? ""} ${list[i + 1] ?? ""}`);
  }
  return result;
}

/**
 * The sentence of `sourceText` most like `fragment`, so that an error can show an author what the
 * source actually says (word and word-pair overlap; good enough for prose, cheap to compute).
 */
export function closestPassage(sourceText: string, fragment: string): string {
  const target = bigrams(words(fragment));
  let best = "";
  let bestScore = -1;
  for (const sentence of sentences(sourceText)) {
    const candidate = bigrams(words(sentence));
    let shared = 0;
    for (const gram of target) if (candidate.has(gram)) shared++;
    const score = (2 * shared) / (target.size + candidate.size || 1);
    if (score > bestScore) {
      bestScore = score;
      best = sentence;
    }
  }
  return best;
}
