import { describe, expect, test } from "vitest";
import { normalise } from "~/lib/provenance/normalise";
import { closestPassage, locateQuote, sentences } from "~/lib/provenance/quote";

const SOURCE =
  "The harbour froze in January. Fishermen said the ice was “thicker than anyone remembers”. Help never came.";
const text = normalise(SOURCE);

describe("locateQuote", () => {
  test("finds a quotation despite different quote marks", () => {
    const match = locateQuote(text, `the ice was "thicker than anyone remembers"`);
    expect(match.ok).toBe(true);
  });

  test("returns where each fragment sits, in order", () => {
    const match = locateQuote(text, "The harbour froze … Help never came");
    expect(match.ok).toBe(true);
    if (!match.ok) return;
    expect(match.spans).toHaveLength(2);
    const [first, second] = match.spans;
    expect(text.slice(first?.start, first?.end)).toBe("The harbour froze");
    expect(text.slice(second?.start, second?.end)).toBe("Help never came");
  });

  test("rejects a changed word and names the fragment not found", () => {
    expect(locateQuote(text, "The harbour froze in February")).toEqual({
      ok: false,
      reason: "missing",
      fragment: "The harbour froze in February",
    });
  });

  test("rejects fragments that occur only in another order", () => {
    const match = locateQuote(text, "Help never came … The harbour froze");
    expect(match).toMatchObject({ ok: false, reason: "out-of-order", fragment: "The harbour froze" });
  });

  test("rejects an empty quotation", () => {
    expect(locateQuote(text, " … ")).toEqual({ ok: false, reason: "empty" });
  });
});

describe("closestPassage", () => {
  test("points to the sentence the author most likely meant", () => {
    expect(closestPassage(SOURCE, "the ice was thicker than ever")).toBe(
      "Fishermen said the ice was “thicker than anyone remembers”.",
    );
  });
});

describe("sentences", () => {
  test("splits prose into sentences and keeps list items and headings whole", () => {
    expect(sentences("First one. Second one.\n  • Key point: a bullet\nHeading:")).toEqual([
      "First one.",
      "Second one.",
      "Key point: a bullet",
      "Heading:",
    ]);
  });
});
