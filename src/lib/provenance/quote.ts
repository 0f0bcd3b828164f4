import { normalise, splitFragments } from "./normalise.ts";

/** Where one fragment of a quotation sits in the normalised source text. */
export interface Span {
  start: number;
  end: number;
  /** The fragment starts or ends inside a word of the source ("above 14" in "above 140"). */
  midWord: boolean;
}

export type QuoteMatch =
  | {
      ok: true;
      fragments: string[];
      spans: Span[];
      /** How many places in the source the whole quotation could have been taken from. */
      occurrences: number;
    }
  | { ok: false; reason: "empty" }
  | { ok: false; reason: "missing" | "out-of-order"; fragment: string };

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

/** True when `text.slice(start, end)` neither begins nor ends in the middle of a word. */
export function onWordBoundaries(text: string, start: number, end: number): boolean {
  const startsMidWord = isWordCharacter(text[start - 1]) && isWordCharacter(text[start]);
  const endsMidWord = isWordCharacter(text[end - 1]) && isWordCharacter(text[end]);
  return !startsMidWord && !endsMidWord;
}

/** Every offset at or after `from` where `fragment` occurs in `text`, on word boundaries or not. */
function offsets(text: string, fragment: string, from: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(fragment, from); at !== -1; at = text.indexOf(fragment, at + 1)) found.push(at);
  return found;
}

/** The first place at or after `from` where `fragment` occurs, preferring one on word boundaries. */
function find(text: string, fragment: string, from: number): Span | undefined {
  const all = offsets(text, fragment, from);
  const whole = all.find((at) => onWordBoundaries(text, at, at + fragment.length));
  const start = whole ?? all[0];
  if (start === undefined) return undefined;
  return { start, end: start + fragment.length, midWord: whole === undefined };
}

/** Locates `fragments` in order from `from`; undefined at the first fragment that is not there. */
function locateFrom(text: string, fragments: string[], from: number): Span[] | { missing: string } {
  const spans: Span[] = [];
  let next = from;
  for (const fragment of fragments) {
    const span = find(text, fragment, next);
    if (!span) return { missing: fragment };
    spans.push(span);
    next = span.end;
  }
  return spans;
}

/**
 * Finds every fragment of `quote` in `normalisedSource` (already passed through `normalise`),
 * each after the end of the one before, preferring places on word boundaries, and counts the
 * places the whole quotation could have come from.
 */
export function locateQuote(normalisedSource: string, quote: string): QuoteMatch {
  const fragments = splitFragments(quote);
  const [first] = fragments;
  if (first === undefined) return { ok: false, reason: "empty" };
  const located = locateFrom(normalisedSource, fragments, 0);
  if (!Array.isArray(located)) {
    const anywhere = normalisedSource.includes(located.missing);
    return { ok: false, reason: anywhere ? "out-of-order" : "missing", fragment: located.missing };
  }
  const occurrences = offsets(normalisedSource, first, 0).filter((at) => {
    if (!onWordBoundaries(normalisedSource, at, at + first.length)) return false;
    const rest = locateFrom(normalisedSource, fragments.slice(1), at + first.length);
    return Array.isArray(rest) && rest.every((span) => !span.midWord);
  }).length;
  return { ok: true, fragments, spans: located, occurrences };
}

/** Splits a text into sentences (and stand-alone lines such as headings or list items). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?]["'\u2019\u201D]?)\s+(?=[A-Z\u201C\u2018"'])/))
    .map((sentence) => sentence.replace(/^[\s\u2022•*-]+/, "").trim())
    .filter((sentence) => sentence.length > 0);
}

/** A sentence of a source with where it sits in the source's normalised text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** The sentences of `text`, each located in `normalised` (= `normalise(text)`), in order. */
export function locateSentences(text: string, normalised: string): SentenceSpan[] {
  const located: SentenceSpan[] = [];
  let from = 0;
  for (const sentence of sentences(text)) {
    const clean = normalise(sentence);
    const start = normalised.indexOf(clean, from);
    if (start === -1) continue;
    from = start + clean.length;
    located.push({ text: sentence, start, end: from });
  }
  return located;
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
