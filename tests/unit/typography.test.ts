import { describe, expect, test } from "vitest";
import { curlApostrophes, numberWord, sentenceCase } from "~/lib/typography";

describe("curlApostrophes", () => {
  test("curls apostrophes in words, after a plural's s and before a decade", () => {
    expect(curlApostrophes("ISKP's leader doesn't say; MI5's view; the organisations' view; the '90s")).toBe(
      "ISKP’s leader doesn’t say; MI5’s view; the organisations’ view; the ’90s",
    );
  });

  test("leaves other straight quote marks as written", () => {
    expect(curlApostrophes(`a 'quoted' word and "double"`)).toBe(`a 'quoted' word and "double"`);
  });
});

describe("numberWord", () => {
  test("says small counts in words, as a sentence does, and larger ones in digits", () => {
    expect(numberWord(1)).toBe("one");
    expect(numberWord(2)).toBe("two");
    expect(numberWord(10)).toBe("ten");
    expect(numberWord(11)).toBe("11");
    expect(numberWord(1200)).toBe("1,200");
  });

  test("starts a sentence with a capital", () => {
    expect(sentenceCase(numberWord(2))).toBe("Two");
  });
});
