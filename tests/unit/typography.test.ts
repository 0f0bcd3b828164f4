import { describe, expect, test } from "vitest";
import { curlApostrophes } from "~/lib/typography";

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
