import { expect, test } from "vitest";
import {
  ENTRY_ID,
  anchorId,
  articlePath,
  claimNoteId,
  claimPath,
  entryPath,
  footnoteHistoryId,
  fragment,
  printVolumePath,
  sectionName,
  sourcePath,
} from "~/lib/routes";

// These are the addresses of the first edition (tests/fixtures/published-2026-11-22.json): a change
// here breaks links that readers and journalists have already shared.
test("pages and entries keep the addresses the site first published", () => {
  expect(articlePath("what-is-iskp")).toBe("/articles/what-is-iskp/");
  expect(sourcePath("bacha-2024")).toBe("/sources/bacha-2024/");
  expect(claimPath("what-is-iskp", "iskp-not-too-small")).toBe("/articles/what-is-iskp/#claim-iskp-not-too-small");
  expect(entryPath("term", "taliban")).toBe("/glossary/#term-taliban");
  expect(entryPath("event", "kabul-airport-attack-2021")).toBe("/timeline/#event-kabul-airport-attack-2021");
  expect(entryPath("actor", "iskp")).toBe("/actors/#actor-iskp");
  expect(entryPath("relation", "iskp-opposes-taliban")).toBe("/actors/#relation-iskp-opposes-taliban");
  expect(entryPath("recommendation", "x")).toBe("/recommendations/#rec-x");
  expect(entryPath("figure", "x")).toBe("/key-figures/#figure-x");
  expect(entryPath("place", "kabul")).toBe("/map/#place-kabul");
  expect(printVolumePath(2)).toBe("/print/2/");
});

test("anchors inside a page are named by kind and id", () => {
  expect(anchorId("footnote", "x")).toBe("fn-x");
  expect(fragment("claim", "x")).toBe("#claim-x");
  expect(claimNoteId("x")).toBe("claim-x-evidence");
  expect(footnoteHistoryId("x")).toBe("fn-x-history");
  expect(anchorId("actorType", "state")).toBe("type-state");
  expect(anchorId("printArticle", "what-is-iskp")).toBe("article-what-is-iskp");
});

test("search lands on citable entries, not on the notes inside them or on section headings", () => {
  for (const id of ["claim-x", "fn-x", "term-x", "event-x", "actor-x", "relation-x", "rec-x", "figure-x", "place-x"]) {
    expect(ENTRY_ID.test(id), id).toBe(true);
  }
  for (const id of ["type-state", "article-what-is-iskp", "key-points", "claim-"])
    expect(ENTRY_ID.test(id), id).toBe(false);
});

test("breadcrumbs name a section by its page's name", () => {
  expect(sectionName("key-figures")).toBe("Key figures");
  expect(sectionName("about")).toBe("Method");
  expect(sectionName("nowhere")).toBeUndefined();
});
