/**
 * The search index as the build makes it (scripts/lib/search-index.ts), with Pagefind in a process
 * of its own: the site reader names each page that marks its content for search, and Pagefind
 * reads it from the built site.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, expect, test } from "vitest";
import { readSite } from "../../scripts/lib/dist.ts";
import { createSearchIndex } from "../../scripts/lib/search-index.ts";

const origin = "https://example.org";
const work = mkdtempSync(join(tmpdir(), "iskp-search-index-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const page = (title: string, searchable: boolean) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main${searchable ? " data-pagefind-body" : ""}><h1>${title}</h1><p>Words about ${title}.</p></main></body></html>`;

/** Builds the index of a site made of `files` (path: HTML), and returns the addresses it holds. */
async function indexOf(files: Record<string, string>): Promise<{ indexed: number; urls: string[] }> {
  const site = mkdtempSync(join(work, "site-"));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  const search = await createSearchIndex();
  const built = await readSite(site, origin, (read, html) => search.add(read, site, html), join(work, "cache"));
  const indexed = await search.write(built);
  const fragments = join(site, "pagefind", "fragment");
  const urls = readdirSync(fragments).map((file) => {
    // A fragment is gzip-compressed JSON after Pagefind's own signature.
    const text = gunzipSync(readFileSync(join(fragments, file))).toString("utf8");
    return (JSON.parse(text.slice(text.indexOf("{"))) as { url: string }).url;
  });
  return { indexed, urls: urls.sort() };
}

test("every page that marks its content for search is indexed under its address, and no other page", async () => {
  const { indexed, urls } = await indexOf({
    "index.html": page("Home", true),
    "about/index.html": page("About", true),
    "articles/what-is-iskp/index.html": page("What ISKP is", true),
    "print/1/index.html": page("Print volume", false),
    "404.html": page("Not found", false),
  });
  expect(indexed).toBe(3);
  expect(urls).toEqual(["/", "/about/", "/articles/what-is-iskp/"]);
});

test("a page whose file name a file pattern would misread is indexed as well", async () => {
  const { indexed, urls } = await indexOf({
    "notes/a[1]{b}/index.html": page("Odd name", true),
    "notes/a1b/index.html": page("Plain name", true),
  });
  expect(indexed).toBe(2);
  // Pagefind writes the braces of an address percent-encoded, as it always has.
  expect(urls).toEqual(["/notes/a1b/", "/notes/a[1]%7Bb%7D/"]);
});
