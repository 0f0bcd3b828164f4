import { describe, expect, test } from "vitest";
import { pageKey } from "../../src/lib/page-key.ts";

// An article as getCollection gives it: Astro's glob loader hashes the whole file into `digest`.
const article = {
  id: "what-is-iskp",
  collection: "articles",
  data: { title: "What is ISKP?", order: 1 },
  body: "ISKP is the Islamic State's branch in Afghanistan.",
  filePath: "content/articles/what-is-iskp.mdx",
  digest: "3f2a9c",
};
const page = { article, position: 1, related: [{ id: "policy-responses", data: { title: "Policy responses" } }] };
const key = pageKey("site-1", page);

describe("a page's incremental-build key", () => {
  test("is the same for the same site digest and data", () => {
    expect(pageKey("site-1", structuredClone(page))).toBe(key);
  });

  test("changes when the site digest changes", () => {
    expect(pageKey("site-2", page)).not.toBe(key);
  });

  test("changes when an article's file changes, through its digest", () => {
    const edited = { ...article, body: "ISKP is the Islamic State's branch in Khorasan.", digest: "77b0e1" };
    expect(pageKey("site-1", { ...page, article: edited })).not.toBe(key);
  });

  test("changes when an article's frontmatter changes", () => {
    const retitled = { ...article, data: { ...article.data, title: "What is ISKP, and where?" } };
    expect(pageKey("site-1", { ...page, article: retitled })).not.toBe(key);
  });

  test("changes when anything else the page shows changes", () => {
    expect(pageKey("site-1", { ...page, position: 2 })).not.toBe(key);
    expect(pageKey("site-1", { ...page, related: [] })).not.toBe(key);
  });

  test("does not write out an entry's body or rendered HTML, which its digest stands for", () => {
    const rendered = { ...article, body: "Another body.", rendered: { html: "<p>Another body.</p>" } };
    expect(pageKey("site-1", { ...page, article: rendered })).toBe(key);
  });

  test("keeps a field named body on anything that is not a content entry", () => {
    const note = { body: "A note." };
    expect(pageKey("site-1", { note })).not.toBe(pageKey("site-1", { note: { body: "Another note." } }));
  });
});
