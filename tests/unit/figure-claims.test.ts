import { expect, test } from "vitest";
import { claimsStating } from "~/lib/figure-claims";

const figure = { value: "above 140", citations: [{ source: "bacha-2024" }] };
const claim = (id: string, text: string, source: string, quote: string) => ({
  id,
  text,
  citations: [{ source, quote }],
});

test("a figure leads to the claims whose sentence gives it, quoting its own source, in reading order", () => {
  const claims = [
    claim("a", "Bacha gives a death toll “above 140”.", "bacha-2024", "The latest data shows a death toll above 140"),
    claim("b", "He cites the latest data.", "bacha-2024", "The latest data shows a death toll above 140"),
    claim("c", "Another source says above 140.", "other-2024", "a toll above 140"),
    claim("d", "The toll was “Above 140”.", "bacha-2024", "death toll above 140, with"),
  ];
  expect(claimsStating(figure, claims).map((found) => found.id)).toEqual(["a", "d"]);
});

test("when no claim's sentence gives the figure, every claim that quotes it", () => {
  const claims = [
    claim("x", "Most regional countries depend on the West.", "bacha-2024", "a majority of whom ... above 140"),
    claim("y", "Unrelated.", "bacha-2024", "something else"),
  ];
  expect(claimsStating(figure, claims).map((found) => found.id)).toEqual(["x"]);
  expect(claimsStating({ ...figure, value: "over 9000" }, claims)).toEqual([]);
});
