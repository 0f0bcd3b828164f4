import { createHash } from "node:crypto";
import type { CheckedClaim } from "./check.ts";
import type { ContentFiles } from "./load.ts";

/** A claim as pages show it: where it sits in its file is for error messages only. */
export type PageClaim = Omit<CheckedClaim, "line" | "column">;

/** The claim without its line and column, so that moving it down a line changes no page. */
export function pageClaim({ line: _line, column: _column, ...claim }: CheckedClaim): PageClaim {
  return claim;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/**
 * A digest of everything a page may show that is not its own article's body: every source, every
 * data file, the claims record, each article's file name and frontmatter, and the claims of every
 * article. The body of an article outside its claims is left out, so a page's incremental-build
 * key (see `getCacheKey` in src/content.ts) does not change when another article's prose does.
 * What a page derives from other articles' bodies besides their claims (related articles, its
 * neighbours) is in the page's own data, which its key adds to this digest.
 */
export function siteDigest(files: ContentFiles, claims: PageClaim[], minute: string[]): string {
  const hash = createHash("sha256");
  const add = (...parts: string[]) => {
    for (const part of parts) hash.update(part).update("\0");
  };
  for (const source of files.sources) add("source", source.file, source.raw);
  for (const data of files.data) add("data", data.file, data.yaml);
  add("record", files.record?.json ?? "");
  for (const article of files.articles) add("article", article.file, FRONTMATTER.exec(article.mdx)?.[0] ?? "");
  add("claims", JSON.stringify(claims), "minute", JSON.stringify(minute));
  return hash.digest("base64url");
}
