import { expect, test } from "vitest";
import { digest } from "~/lib/digest";

test("equal data has one fingerprint, and any change gives another", () => {
  const page = { title: "What ISKP is", published: new Date("2026-11-22"), terms: new Set(["iskp"]) };
  expect(digest(page)).toBe(digest({ ...page, terms: new Set(["iskp"]) }));
  expect(digest(page)).not.toBe(digest({ ...page, title: "What ISKP is." }));
  expect(digest(page)).not.toBe(digest({ ...page, published: new Date("2026-11-23") }));
  expect(digest(page)).not.toBe(digest({ ...page, terms: new Set(["iskp", "sco"]) }));
  expect(digest(new Map([["a", 1]]))).not.toBe(digest(new Map([["a", 2]])));
});
