import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { checkContent } from "~/lib/provenance/check";
import { loadContent } from "~/lib/provenance/load";
import { publishCheck, publishedOutline } from "~/lib/provenance/shared-check";

const mdx = `---
title: T
---

<KeyPoints>
- <Claim id="kp-one" kind="fact" source="s" quote="q">A point about the <Term id="op-ed">op-ed</Term>.</Claim>
</KeyPoints>

An <Term id="op-ed">op-ed</Term> again, and a <Term id="tricenarian">tricenarian</Term>.
`;

function check(articles: { slug: string; mdx: string }[]) {
  const base = loadContent(fileURLToPath(new URL("../fixtures/", import.meta.url)), "content");
  return checkContent({
    ...base,
    articles: articles.map(({ slug, mdx }) => ({ slug, file: `content/articles/${slug}.mdx`, mdx })),
  });
}

test("the content check gives each article's glossary terms, once each, and the components it uses", () => {
  const outline = check([{ slug: "a", mdx }]).outlines["a"];
  expect(outline?.terms.toSorted()).toEqual(["op-ed", "tricenarian"]);
  expect(outline?.components.toSorted()).toEqual(["Claim", "KeyPoints", "Term"]);
});

test("an article that does not parse has no outline", () => {
  const { outlines } = check([{ slug: "broken", mdx: "<KeyPoints>\n- unclosed" }]);
  expect(outlines["broken"]).toBeUndefined();
});

test("pages read the outlines the check published, by slug", () => {
  publishCheck({ outlines: { a: { terms: ["op-ed"], components: ["Term"] } }, claims: [], record: {} });
  expect(publishedOutline("a")).toEqual({ terms: ["op-ed"], components: ["Term"] });
  expect(publishedOutline("b")).toBeUndefined();
});
