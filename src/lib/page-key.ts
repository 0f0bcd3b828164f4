/**
 * The key under which Astro's incremental build keeps a rendered page (see `getCacheKey` in
 * src/content.ts, which gives it the site digest).
 */
import { createHash } from "node:crypto";

/**
 * A content entry as Astro's glob loader makes it: `digest` is a hash of its whole file, frontmatter
 * and body, and `rendered` (Markdown sources) is made from that body.
 */
const isEntry = (value: object): value is { digest: string; collection: string } =>
  typeof (value as { digest?: unknown }).digest === "string" &&
  typeof (value as { collection?: unknown }).collection === "string";

/**
 * Leaves out a content entry's body and its rendered HTML, which its `digest` already stands for.
 * Every article page carries both sources whole, and every print volume its articles whole: at
 * 1,000 articles the keys written out came to 80 MB, and with these texts left out to 27 MB (0.67 s
 * of the main thread to write and hash them, against 0.38-0.45 s; CPU profiles, one build each).
 */
function withoutEntryTexts(this: unknown, key: string, value: unknown): unknown {
  if ((key === "body" || key === "rendered") && typeof this === "object" && this !== null && isEntry(this)) {
    return undefined;
  }
  return value;
}

/**
 * A key that changes whenever `siteDigest` or anything in `data` does: an entry in `data` counts
 * by its digest, id and frontmatter.
 */
export function pageKey(siteDigest: string, data: object): string {
  return createHash("sha256")
    .update(siteDigest)
    .update("\0")
    .update(JSON.stringify(data, withoutEntryTexts))
    .digest("base64url");
}
