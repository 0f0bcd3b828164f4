import { describe, expect, test } from "vitest";
import type { CheckedClaim } from "../../src/lib/provenance/check.ts";
import type { ContentFiles } from "../../src/lib/provenance/load.ts";
import { pageClaim, siteDigest, type PageClaim } from "../../src/lib/provenance/site-digest.ts";

const source = { id: "report", file: "content/sources/report.md", raw: "---\ntitle: A report\n---\nThe group grew.\n" };
const article = {
  slug: "one",
  file: "content/articles/one.mdx",
  mdx: '---\ntitle: One\norder: 1\n---\n\nSome background.\n\n<Claim id="grew">It grew.</Claim>\n',
};
const data = { collection: "glossary", file: "content/glossary.yaml", yaml: "- id: term\n  definition: A word.\n" };
const files: ContentFiles = {
  sources: [source],
  articles: [article],
  data: [data],
  strays: [],
  record: { file: "content/claims-record.json", json: '{"claims":{}}' },
};
const claim: PageClaim = {
  id: "grew",
  kind: "fact",
  text: "It grew.",
  citations: [{ source: "report", quote: "The group grew." }],
  slug: "one",
  file: "content/articles/one.mdx",
};
const digest = siteDigest(files, [claim], []);

const withArticle = (mdx: string): ContentFiles => ({ ...files, articles: [{ ...article, mdx }] });

describe("the site digest, the part of every page's build key that other files contribute", () => {
  test("does not change when an article's prose outside its claims changes", () => {
    const mdx = article.mdx.replace("Some background.", "Some other background.");
    expect(siteDigest(withArticle(mdx), [claim], [])).toBe(digest);
  });

  test("changes when an article's frontmatter changes", () => {
    const mdx = article.mdx.replace("title: One", "title: One, revised");
    expect(siteDigest(withArticle(mdx), [claim], [])).not.toBe(digest);
  });

  test("changes when a source, a data file or the claims record changes", () => {
    const revised = { ...source, raw: source.raw.replace("grew", "shrank") };
    expect(siteDigest({ ...files, sources: [revised] }, [claim], [])).not.toBe(digest);
    const redefined = { ...data, yaml: data.yaml.replace("A word.", "A term.") };
    expect(siteDigest({ ...files, data: [redefined] }, [claim], [])).not.toBe(digest);
    const record = { file: "content/claims-record.json", json: '{"claims":{"grew":{}}}' };
    expect(siteDigest({ ...files, record }, [claim], [])).not.toBe(digest);
  });

  test("changes when a claim's words or the minute's claims change", () => {
    expect(siteDigest(files, [{ ...claim, text: "It grew fast." }], [])).not.toBe(digest);
    expect(siteDigest(files, [claim], ["grew"])).not.toBe(digest);
  });
});

test("a claim as pages get it has no line or column, so moving it down a line changes no page", () => {
  const checked: CheckedClaim = { ...claim, line: 8, column: 1 };
  expect(pageClaim(checked)).toEqual(claim);
  expect(pageClaim({ ...checked, line: 9 })).toEqual(pageClaim(checked));
});
