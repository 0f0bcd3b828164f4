import { describe, expect, test } from "vitest";
import {
  excerptOf,
  isLinkable,
  targetsOf,
  matchedWords,
  targetUrl,
  withRelevantMatches,
  type PagefindResultData,
} from "~/lib/search/targets";

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);

/** A glossary-like page: a letter heading, two entries, and a claim's popover note. */
const page = (locations: number[]): PagefindResultData => ({
  url: "/glossary/",
  content: words(40).join(" "),
  locations,
  anchors: [
    { element: "main", id: "main", text: "", location: 0 },
    { element: "h2", id: "letter-A", text: "A", location: 5 },
    { element: "div", id: "term-alpha", text: "", location: 6 },
    { element: "span", id: "claim-x-evidence", text: "", location: 15 },
    { element: "div", id: "term-beta", text: "", location: 20 },
  ],
  meta: { title: "Glossary" },
});

describe("isLinkable", () => {
  test("accepts headings with text and the site's citable entries, not inner notes or the main element", () => {
    expect(isLinkable({ element: "h2", id: "key-points", text: "Key points", location: 0 })).toBe(true);
    expect(isLinkable({ element: "span", id: "claim-crocus-toll", location: 0 })).toBe(true);
    expect(isLinkable({ element: "li", id: "event-kabul-airport", location: 0 })).toBe(true);
    expect(isLinkable({ element: "tr", id: "place-ukraine", location: 0 })).toBe(true);
    expect(isLinkable({ element: "span", id: "claim-crocus-toll-evidence", location: 0 })).toBe(false);
    expect(isLinkable({ element: "span", id: "term-iskp-definition-12", location: 0 })).toBe(false);
    expect(isLinkable({ element: "main", id: "main", text: "", location: 0 })).toBe(false);
  });
});

describe("targetsOf", () => {
  test("groups matches under the entry they fall in, naming it when the caller knows its name", () => {
    const targets = targetsOf(page([7, 8, 16, 22]), new Map([["term-alpha", "Alpha"]]));
    expect(targets).toEqual([
      { id: "term-alpha", title: "Alpha", section: "A", locations: [7, 8, 16], score: 3 },
      { id: "term-beta", title: "A", section: "A", locations: [22], score: 1 },
    ]);
  });

  test("names a footnote by its number under the footnotes heading", () => {
    const data: PagefindResultData = {
      url: "/articles/a/",
      content: "Intro. Sources for each claim. 1. Fact. “quote one” 2. Fact. “quote two”",
      locations: [10],
      anchors: [
        { element: "h2", id: "footnotes", text: "Sources for each claim", location: 1 },
        { element: "li", id: "fn-one", location: 5 },
        { element: "li", id: "fn-two", location: 9 },
      ],
      meta: {},
    };
    expect(targetsOf(data).map((target) => target.title)).toEqual(["Sources for each claim, note 2"]);
  });

  test("matches before any linkable element belong to the page itself", () => {
    expect(targetsOf(page([1]))).toEqual([
      { id: undefined, title: undefined, section: undefined, locations: [1], score: 1 },
    ]);
  });

  test("ranks by Pagefind's balanced scores and keeps the best few", () => {
    const data = {
      ...page([7, 22]),
      weighted_locations: [
        { location: 7, balanced_score: 1, weight: 1 },
        { location: 22, balanced_score: 9, weight: 7 },
      ],
    };
    expect(targetsOf(data, new Map(), 1).map((target) => target.id)).toEqual(["term-beta"]);
  });
});

describe("excerptOf", () => {
  test("shows the words around the first match with every match marked", () => {
    expect(excerptOf("a b c d e f g h", [3, 5], 4)).toEqual([
      { text: "… c ", match: false },
      { text: "d", match: true },
      { text: " e ", match: false },
      { text: "f", match: true },
      { text: " …", match: false },
    ]);
  });

  test("can mark matches beyond the target's own", () => {
    expect(excerptOf("a b c d", [1], 4, [1, 3])).toEqual([
      { text: "a ", match: false },
      { text: "b", match: true },
      { text: " c ", match: false },
      { text: "d", match: true },
    ]);
  });

  test("starts at the beginning when the match is near it", () => {
    expect(excerptOf("one two three", [0], 10)).toEqual([
      { text: "one", match: true },
      { text: " two three", match: false },
    ]);
  });
});

describe("targetUrl", () => {
  test("asks the target page to highlight each word, before the fragment", () => {
    expect(targetUrl("/glossary/", "term-iskp", ["crocus", "city"])).toBe(
      "/glossary/?highlight=crocus&highlight=city#term-iskp",
    );
    expect(targetUrl("/articles/a/", undefined, ["x"])).toBe("/articles/a/?highlight=x");
  });
});

describe("withRelevantMatches", () => {
  const data = (content: string, locations: number[]): PagefindResultData => ({
    url: "/x/",
    content,
    locations,
    weighted_locations: locations.map((location) => ({ location, balanced_score: 1, weight: 1 })),
    anchors: [],
    meta: {},
  });

  test("drops what Pagefind found by cutting the query short, keeps real and stemmed matches", () => {
    expect(withRelevantMatches(data("C. Caliphate era", [0]), ["Crocas"]).locations).toEqual([]);
    expect(withRelevantMatches(data("a “monster”, and a threat", [0, 3]), ["aaa"]).locations).toEqual([]);
    const kept = withRelevantMatches(data("It reported “Crocus” (AI) attacks", [1, 2, 3]), [
      "reporting",
      "crocus",
      "ai",
    ]);
    expect(kept.locations).toEqual([1, 2, 3]);
    expect(kept.weighted_locations?.map((w) => w.location)).toEqual([1, 2, 3]);
  });

  test("drops a longer word that only starts with a word of the query, unless it is the word being typed", () => {
    const content = "the official media arm of ISKP";
    expect(withRelevantMatches(data(content, [1, 4]), ["of", "media"]).locations).toEqual([4]);
    expect(withRelevantMatches(data(content, [1, 2]), ["media", "off"]).locations).toEqual([1, 2]);
  });
});

describe("targetsOf with the query's terms", () => {
  test("puts the place that holds every word of the query before one that holds more of one word", () => {
    const data: PagefindResultData = {
      url: "/x/",
      content: "kabul kabul kabul airport . kabul airport",
      locations: [0, 1, 2, 3, 5, 6],
      anchors: [
        { element: "li", id: "event-a", location: 0 },
        { element: "li", id: "event-b", location: 4 },
      ],
      meta: {},
    };
    expect(targetsOf(data, new Map(), 3, ["kabul", "airport"]).map((target) => target.id)).toEqual([
      "event-a",
      "event-b",
    ]);
    const onlyFirst = { ...data, content: "kabul kabul kabul kabul . kabul airport" };
    expect(targetsOf(onlyFirst, new Map(), 3, ["kabul", "airport"]).map((target) => target.id)).toEqual([
      "event-b",
      "event-a",
    ]);
  });
});

describe("matchedWords", () => {
  test("lists each word found once, as search compares words, without the punctuation around it", () => {
    expect(matchedWords("Kabul, “Kabul” airport. ISKP’s", [0, 1, 2, 3])).toEqual(["Kabul", "airport", "ISKP’s"]);
  });
});
