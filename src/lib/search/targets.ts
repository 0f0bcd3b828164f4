import { ENTRY_ID } from "../routes.ts";
import { HIGHLIGHT_PARAM } from "./highlight.ts";
import { isRelevantMatch, normalWord, wholeTermsMatched } from "./query.ts";

/**
 * Turns one Pagefind result into the places on its page a reader should land on. Pagefind's own
 * sub-results only split a page at headings; most of what this site makes citable (claims, glossary
 * terms, timeline events, actors, recommendations, figures) is an element with an id that is not a
 * heading. Pagefind records every such element as an anchor with its position in the page's words,
 * so the matches can be grouped under the nearest one (see Pagefind's "custom sub results").
 */

/** An element with an id, as Pagefind records it. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string | undefined;
  /** Index of the first word after the element starts, in `content.split(/\s+/)`. */
  location: number;
}

/** The parts of a Pagefind result's data that this module reads. */
export interface PagefindResultData {
  url: string;
  content: string;
  /** Indexes of the matching words in `content.split(/\s+/)`. */
  locations: number[];
  weighted_locations?: { location: number; balanced_score: number; weight: number }[] | undefined;
  anchors: PagefindAnchor[];
  meta: Record<string, string | undefined>;
}

/** A place on the page that holds matches. */
export interface Target {
  /** The id to link to, or undefined for matches before the first linkable element. */
  id: string | undefined;
  /** A name for the place: the entry's own name when the caller knows it, else its section heading. */
  title: string | undefined;
  /** The section heading the place is under, if any. */
  section: string | undefined;
  /** Matching word positions, in page order. */
  locations: number[];
  score: number;
}

/** A piece of an excerpt; `match` pieces are shown highlighted. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

/** Ids that name a note or definition inside an entry, not a place a reader cites. */
const INNER = /-(evidence|definition-\d+)$/;

const isHeading = (anchor: PagefindAnchor) => /^h[1-6]$/.test(anchor.element);

/** Whether a reader can usefully land on this element: a heading, or one of the site's citable entries. */
export function isLinkable(anchor: PagefindAnchor): boolean {
  if (INNER.test(anchor.id)) return false;
  return (isHeading(anchor) && Boolean(anchor.text?.trim())) || ENTRY_ID.test(anchor.id);
}

/**
 * Keeps only the matches a reader would recognise as their words (see `isRelevantMatch`). When a
 * word has no match, Pagefind retries it with ever shorter prefixes, so "Crocas" comes back as the
 * glossary's letter heading "C." and "aaa" as every "a"; and it matches a word as the start of a
 * longer one, so "of" finds "official". To a reader none of those are matches. Stemmed matches
 * ("reporting" for "reported") pass.
 */
export function withRelevantMatches<T extends PagefindResultData>(data: T, terms: readonly string[]): T {
  const normal = terms.map(normalWord).filter(Boolean);
  const words = data.content.split(/\s+/);
  const relevant = (location: number) => isRelevantMatch(words[location] ?? "", normal);
  return {
    ...data,
    locations: data.locations.filter(relevant),
    weighted_locations: data.weighted_locations?.filter((weighted) => relevant(weighted.location)),
  };
}

/**
 * The distinct words of the page at `locations`, without the punctuation around them ("“Kabul”,"
 * → "Kabul"; "ISKP’s" stays whole): what was found, for ranking and for the page to highlight.
 */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(/\s+/);
  const found = new Map<string, string>();
  for (const location of locations) {
    const word = (words[location] ?? "").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    const key = normalWord(word);
    if (key && !found.has(key)) found.set(key, word);
  }
  return [...found.values()];
}

/**
 * Groups a result's matches under the linkable element each falls in, best first: the places that
 * hold more of the query's `terms` as whole words, then by Pagefind's scores. `names` gives a title
 * for entries that are not headings (`term-iskp` → "Islamic State Khorasan Province (ISKP)").
 */
export function targetsOf(
  data: PagefindResultData,
  names: ReadonlyMap<string, string> = new Map(),
  limit = 3,
  terms: readonly string[] = [],
): Target[] {
  const anchors = data.anchors.filter(isLinkable).sort((a, b) => a.location - b.location);
  const headings = anchors.filter(isHeading);
  const words = data.content.split(/\s+/);
  const sectionAt = (location: number) => headings.findLast((heading) => heading.location <= location)?.text?.trim();
  const nameOf = (anchor: PagefindAnchor) => {
    if (isHeading(anchor)) return anchor.text?.trim();
    const named = names.get(anchor.id);
    if (named) return named;
    // A footnote begins with its number ("17."), which tells it from the other notes under its heading.
    const number = anchor.id.startsWith("fn-") ? /^(\d+)\.$/.exec(words[anchor.location] ?? "")?.[1] : undefined;
    const section = sectionAt(anchor.location);
    return number ? `${section ?? "Source notes"}, note ${number}` : section;
  };
  const score = new Map(data.weighted_locations?.map((w) => [w.location, w.balanced_score]));
  const groups = new Map<string | undefined, Target>();
  for (const location of [...data.locations].sort((a, b) => a - b)) {
    const anchor = anchors.findLast((candidate) => candidate.location <= location);
    const key = anchor?.id;
    let group = groups.get(key);
    if (!group) {
      group = { id: key, title: anchor && nameOf(anchor), section: sectionAt(location), locations: [], score: 0 };
      groups.set(key, group);
    }
    group.locations.push(location);
    group.score += score.get(location) ?? 1;
  }
  const whole = (target: Target) => wholeTermsMatched(matchedWords(data.content, target.locations), terms);
  return [...groups.values()].sort((a, b) => whole(b) - whole(a) || b.score - a.score).slice(0, limit);
}

/**
 * About `length` words of the page around the first of `locations` (a target's matches), with every
 * match in `marked` (by default the same) shown as one. Built from text, never from HTML, so it is
 * safe to put on the page with `textContent`.
 */
export function excerptOf(
  content: string,
  locations: readonly number[],
  length = 24,
  marked: readonly number[] = locations,
): ExcerptPart[] {
  const words = content.split(/\s+/);
  const first = locations[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
  const end = Math.min(words.length, start + length);
  const matches = new Set(marked);
  const pieces: ExcerptPart[] = [];
  if (start > 0) pieces.push({ text: "… ", match: false });
  for (let i = start; i < end; i++) {
    if (i > start) pieces.push({ text: " ", match: false });
    pieces.push({ text: words[i] ?? "", match: matches.has(i) });
  }
  if (end < words.length) pieces.push({ text: " …", match: false });
  // Runs of plain words become one part, so the excerpt is a few text nodes, not one per word.
  const parts: ExcerptPart[] = [];
  for (const piece of pieces) {
    const last = parts.at(-1);
    if (last && !last.match && !piece.match) last.text += piece.text;
    else parts.push({ ...piece });
  }
  return parts.filter((part) => part.text !== "");
}

/** A result's URL at one of its targets, asking the target page to highlight the searched words. */
export function targetUrl(
  pageUrl: string,
  id: string | undefined,
  terms: readonly string[],
  param = HIGHLIGHT_PARAM,
): string {
  const url = new URL(pageUrl, "https://site.invalid");
  for (const term of terms) url.searchParams.append(param, term);
  url.hash = id ?? "";
  return `${url.pathname}${url.search}${url.hash}`;
}
