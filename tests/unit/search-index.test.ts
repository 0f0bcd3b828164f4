/**
 * How the search index (scripts/lib/search-index.ts) stops a build when Pagefind fails, with a
 * stand-in for Pagefind's process: the build tier (tests/build/search-index.test.ts) runs the real one.
 */
import { expect, test } from "vitest";
import type { BuiltPage } from "../../scripts/lib/dist.ts";
import { createSearchIndex, type Pagefind } from "../../scripts/lib/search-index.ts";

type Index = NonNullable<Awaited<ReturnType<Pagefind["createIndex"]>>["index"]>;

/** Requests that get no answer until Pagefind is stopped, which fails them as Pagefind's own API does. */
const waiting: ((error: Error) => void)[] = [];
const never = () =>
  new Promise<never>((_, reject) => {
    waiting.push(reject);
  });

/** A Pagefind whose index answers as `index` says (by default, at once and without errors); it counts how often it was stopped. */
function standIn(index: Partial<Index> = {}) {
  const answers: Index = {
    addHTMLFile: () => Promise.resolve({ errors: [], file: { uniqueWords: 1, url: "/", meta: {} } }),
    addCustomRecord: () => Promise.resolve({ errors: [], file: { uniqueWords: 1, url: "/", meta: {} } }),
    addDirectory: () => Promise.resolve({ errors: [], page_count: 1 }),
    writeFiles: () => Promise.resolve({ errors: [], outputPath: "pagefind" }),
    getFiles: () => Promise.resolve({ errors: [], files: [] }),
    deleteIndex: () => Promise.resolve(null),
    ...index,
  };
  const service = {
    stopped: 0,
    createIndex: () => Promise.resolve({ errors: [], index: answers }),
    close: () => {
      service.stopped++;
      for (const fail of waiting.splice(0)) fail(new Error("Pagefind backend closed"));
      return Promise.resolve(null);
    },
  };
  return service;
}

const page = (path: string): BuiltPage => ({
  path,
  file: `/site${path}index.html`,
  hash: "hash",
  bytes: 100,
  gzip: 80,
  ids: new Set(),
  hrefs: [],
  assets: [],
  siteUrls: [],
  title: "A page",
  kicker: "",
  shareImage: undefined,
  searchable: true,
});

const site = { dir: "/site", files: new Set<string>(), pages: [], texts: [] };
const limits = { start: 1000, page: 50, write: () => 50 };

test("a page Pagefind never answers for stops the build within the time limit, naming the page", async () => {
  const pagefind = standIn({ addDirectory: never });
  const search = await createSearchIndex({ service: pagefind, limits });
  await search.add(page("/articles/what-is-iskp/"), "/site", "<html></html>");
  await expect(search.write(site)).rejects.toThrow(
    "Pagefind gave no answer in 0.05 s while indexing /articles/what-is-iskp/, and was stopped.",
  );
  expect(pagefind.stopped).toBe(1);
});

test("an index Pagefind never finishes writing stops the build within the time limit", async () => {
  const pagefind = standIn({ writeFiles: never });
  const search = await createSearchIndex({ service: pagefind, limits });
  await search.add(page("/about/"), "/site", "<html></html>");
  await expect(search.write(site)).rejects.toThrow("Pagefind gave no answer in 0.05 s while writing the index");
  expect(pagefind.stopped).toBe(1);
});

test("a page Pagefind cannot index stops the build with Pagefind's reason, even when nothing waits on that page", async () => {
  const pagefind = standIn({ addDirectory: () => Promise.resolve({ errors: ["unreadable file"], page_count: 0 }) });
  const search = await createSearchIndex({ service: pagefind, limits });
  await search.add(page("/glossary/"), "/site", "<html></html>");
  await expect(search.write(site)).rejects.toThrow("Pagefind could not index /glossary/: unreadable file");
});

test("once a page has failed, the next page the reader hands over stops the build", async () => {
  const pagefind = standIn({ addDirectory: () => Promise.resolve({ errors: [], page_count: 0 }) });
  const search = await createSearchIndex({ service: pagefind, limits });
  await search.add(page("/timeline/"), "/site", "<html></html>");
  // Let Pagefind's answer about the first page arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await expect(search.add(page("/map/"), "/site", "<html></html>")).rejects.toThrow(
    "Pagefind could not index /timeline/: the file was not found",
  );
});
