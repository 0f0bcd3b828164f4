import { afterEach, expect, test, vi } from "vitest";
import { publishCheck, publishedClaims, publishedOutline, publishedRecord } from "~/lib/provenance/shared-check";

const SLOT = Symbol.for("iskp-explained.content-check");

afterEach(() => {
  Reflect.deleteProperty(globalThis, SLOT);
});

test("a page built without the provenance integration stops, saying how to build it", () => {
  expect(() => publishedClaims()).toThrow(/provenance integration \(astro\.config\.mjs\)/);
  expect(() => publishedOutline("what-is-iskp")).toThrow(/has not published its result/);
  expect(() => publishedRecord()).toThrow(/has not published its result/);
});

test("pages read what the integration published, though each loads its own copy of the module", async () => {
  publishCheck({
    outlines: { "what-is-iskp": { terms: ["khorasan"], components: ["Claim", "KeyPoints"] } },
    claims: [],
    record: { claims: {} },
  });
  vi.resetModules();
  const pagesCopy = await import("~/lib/provenance/shared-check");
  expect(pagesCopy.publishedOutline("what-is-iskp")).toEqual({
    terms: ["khorasan"],
    components: ["Claim", "KeyPoints"],
  });
  expect(pagesCopy.publishedOutline("no-such-article")).toBeUndefined();
  expect(pagesCopy.publishedRecord()).toEqual({ claims: {} });
});
