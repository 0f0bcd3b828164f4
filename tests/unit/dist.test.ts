import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { pagePathOf, readPage, readSite } from "../../scripts/lib/dist.ts";
import { pagesWithOwnImage } from "../../scripts/lib/share-images.ts";

const origin = "https://example.org";
const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://example.org/articles/a/">
<meta property="og:image" content="https://example.org/og/articles-a.png">
<script type="module" src="/_astro/page.js"></script>
<script type="application/ld+json">{"url":"https://example.org/articles/a/","image":"https://example.org/og/articles-a.png"}</script>
</head><body><main data-pagefind-body>
<header><p class="label">Article 2 of 7</p>
<h1 class="mt-1">Tom &amp; Jerry’s <em>war</em>, explained</h1></header>
<p class="label">Key points</p><h2 id="key-points">Key points</h2>
<a href="/glossary/?q=a&amp;b#term-x">a term</a> <span id="claim-a&amp;b">claim</span>
<img src="/chart.png" alt=""> <img src="https://elsewhere.example/x.png" alt="">
</main></body></html>`;

test("a page is read once into what the steps need: ids, links, assets, its title and kicker", () => {
  const page = readPage(html, origin);
  expect(page.title).toBe("Tom & Jerry’s war, explained");
  expect(page.kicker).toBe("Article 2 of 7");
  expect(page.ids).toEqual(new Set(["key-points", "claim-a&b"]));
  expect(page.hrefs).toEqual([
    "/_astro/site.css",
    "/favicon.svg",
    "https://example.org/articles/a/",
    "/glossary/?q=a&b#term-x",
  ]);
  expect(page.assets).toEqual(["/_astro/site.css", "/favicon.svg", "/_astro/page.js", "/chart.png"]);
  expect(page.shareImage).toBe("https://example.org/og/articles-a.png");
  expect(page.searchable).toBe(true);
  expect(new Set(page.siteUrls)).toEqual(
    new Set(["https://example.org/articles/a/", "https://example.org/og/articles-a.png"]),
  );
});

test("a label is the kicker only when the h1 follows it directly", () => {
  const page = readPage('<p class="label">Not a kicker</p><p>text</p><h1>Title</h1>', origin);
  expect(page.kicker).toBe("");
  expect(readPage("<h1>Only a title</h1>", origin)).toMatchObject({ title: "Only a title", searchable: false });
});

test("pages are named by their path on the site", () => {
  expect(pagePathOf("index.html")).toBe("/");
  expect(pagePathOf("articles/a/index.html")).toBe("/articles/a/");
  expect(pagePathOf("404.html")).toBe("/404.html");
});

test("a share image is drawn for each page that names its own, and not for a page that borrows one", () => {
  const page = (path: string, shareImage: string) => ({
    ...readPage(`<h1>${path}</h1>`, origin),
    path,
    shareImage,
    file: "",
    hash: "",
    bytes: 0,
    gzip: 0,
  });
  const pages = [
    page("/print/", "https://example.org/base/og/print.png"),
    page("/print/1/", "https://example.org/base/og/print.png"),
  ];
  expect(pagesWithOwnImage(pages, origin, "/base/").map(({ page, path }) => [page.path, path])).toEqual([
    ["/print/", "/og/print.png"],
  ]);
});

test("a site read again with its cache sees what changed in a page and in a feed, and nothing stale", async () => {
  const dir = mkdtempSync(join(tmpdir(), "iskp-read-site-"));
  const cache = join(dir, "cache");
  const site = join(dir, "site");
  mkdirSync(join(site, "about"), { recursive: true });
  const page = (title: string) => `<!doctype html><html><body><h1>${title}</h1><a href="/x/">x</a></body></html>`;
  const feed = (path: string) => `<rss><link>${origin}${path}</link></rss>`;
  try {
    writeFileSync(join(site, "about", "index.html"), page("About us"));
    writeFileSync(join(site, "rss.xml"), feed("/one/"));
    const first = await readSite(site, origin, undefined, cache);
    expect(first.pages.map((built) => built.title)).toEqual(["About us"]);

    writeFileSync(join(site, "about", "index.html"), page("About this site"));
    writeFileSync(join(site, "rss.xml"), feed("/two/"));
    const second = await readSite(site, origin, undefined, cache);
    expect(second.pages.map((built) => built.title)).toEqual(["About this site"]);
    expect(second.texts).toEqual([{ path: "/rss.xml", siteUrls: [`${origin}/two/`] }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
