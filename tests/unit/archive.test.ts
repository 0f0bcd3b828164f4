import { expect, test } from "vitest";
import { waybackLookup } from "~/lib/archive";

test("the archive link asks the Wayback Machine for every copy of the original address", () => {
  expect(waybackLookup("https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat")).toBe(
    "https://web.archive.org/web/*/https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
  );
});

test("only a web address can be looked up", () => {
  expect(() => waybackLookup("mailto:press@example.org")).toThrow(/not a web address/);
});
