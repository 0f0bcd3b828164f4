import { describe, expect, test } from "vitest";
import { normalise, splitFragments } from "~/lib/provenance/normalise";

describe("normalise", () => {
  test("treats curly and straight quote marks and apostrophes alike", () => {
    expect(normalise("ISKP’s ‘economic imperialism’ and “Voice”")).toBe(
      normalise(`ISKP's 'economic imperialism' and "Voice"`),
    );
  });

  test("treats every kind of dash alike, with or without spaces around it", () => {
    expect(normalise("under 18—a threefold")).toBe(normalise("under 18 - a threefold"));
    expect(normalise("help – but")).toBe(normalise("help — but"));
  });

  test("collapses runs of whitespace, including line breaks and non-breaking spaces", () => {
    expect(normalise("  a\n\tb\u00a0 c ")).toBe("a b c");
  });

  test("keeps differences of case, spelling and punctuation", () => {
    expect(normalise("Above 140")).not.toBe(normalise("above 140"));
    expect(normalise("above 140.")).not.toBe(normalise("above 140"));
  });
});

describe("splitFragments", () => {
  test("splits at a typographic or a three-dot ellipsis", () => {
    expect(splitFragments("one … two ... three")).toEqual(["one", "two", "three"]);
  });

  test("returns no fragments for an empty or blank quotation", () => {
    expect(splitFragments("  ")).toEqual([]);
    expect(splitFragments("…")).toEqual([]);
  });
});
