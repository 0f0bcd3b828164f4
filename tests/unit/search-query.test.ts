import { describe, expect, test } from "vitest";
import { isWholeMatch, parseQuery, rankResults } from "~/lib/search/query";

describe("parseQuery", () => {
  test("drops stop words from a query that has other words", () => {
    expect(parseQuery("the rise of ISKP")).toEqual({ text: "rise ISKP", terms: ["rise", "iskp"] });
  });

  test("keeps a query of nothing but stop words, and a phrase in quotation marks whole", () => {
    expect(parseQuery("of the")).toEqual({ text: "of the", terms: ["of", "the"] });
    expect(parseQuery('"rise of ISKP" Kabul')).toEqual({
      text: '"rise of ISKP" Kabul',
      terms: ["rise", "of", "iskp", "kabul"],
    });
  });
});

describe("isWholeMatch", () => {
  test("a word is whole with another ending of the same word, not as the start of a longer one", () => {
    expect(isWholeMatch("attacks", "attack")).toBe(true);
    expect(isWholeMatch("“Attacked”", "attack")).toBe(true);
    expect(isWholeMatch("countries", "country")).toBe(true);
    expect(isWholeMatch("official", "of")).toBe(false);
    expect(isWholeMatch("airport", "air")).toBe(false);
  });
});

describe("rankResults", () => {
  const result = (url: string, type: string, score: number, words: string[], title = "A page") => ({
    url,
    type,
    score,
    words,
    title,
  });

  test("pages with more of the query's words, whole, come first, whatever their score", () => {
    const ranked = rankResults(
      [
        result("/glossary/", "Glossary", 9, ["kabul", "airstrikes"]),
        result("/timeline/", "Timeline", 2, ["kabul", "airport"]),
      ],
      ["kabul", "airport"],
    );
    expect(ranked.map((page) => page.url)).toEqual(["/timeline/", "/glossary/"]);
  });

  test("among equally whole matches, an article comes before reference pages, then the higher score", () => {
    const ranked = rankResults(
      [
        result("/timeline/", "Timeline", 3.1, ["kabul"]),
        result("/map/", "Map", 3.0, ["kabul"]),
        result("/articles/attacks/", "Article", 2.7, ["kabul"]),
        result("/articles/reading/", "Article", 1.3, ["kabul"]),
      ],
      ["kabul"],
    );
    expect(ranked.map((page) => page.url)).toEqual(["/articles/attacks/", "/articles/reading/", "/timeline/", "/map/"]);
  });

  test("a page whose title holds every word of the query comes before articles that only mention them", () => {
    const ranked = rankResults(
      [
        result("/articles/propaganda/", "Article", 1.8, ["study", "guide"], "ISKP’s propaganda online"),
        result("/study/", "Study", 9.4, ["Study", "guide"], "Study guide"),
      ],
      ["study", "guide"],
    );
    expect(ranked.map((page) => page.url)).toEqual(["/study/", "/articles/propaganda/"]);
  });
});
