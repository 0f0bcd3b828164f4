import { describe, expect, test } from "vitest";
import { readPage } from "../../scripts/lib/dist.ts";
import { siteUrlsIn } from "../../scripts/lib/dist.ts";
import { checkLinks, type LinkingFile } from "../../scripts/lib/links.ts";

/** A built site from the HTML of its pages (read as the build reads them) and its other files. */
const built = (files: [string, string | null][], origin = "https://site.invalid") =>
  new Map<string, LinkingFile | null>(
    files.map(([path, text]) => [
      path,
      text === null
        ? null
        : path.endsWith("/") || path.endsWith(".html")
          ? readPage(text, origin)
          : { siteUrls: siteUrlsIn(text, origin) },
    ]),
  );

const pages: [string, string | null][] = [
  ["/", '<a href="/about/">About</a> <a href="/about/#method">Method</a> <a href="https://example.org/x">Out</a>'],
  ["/about/", '<h2 id="method">Method</h2><a href="#method">here</a> <a href="/data/claims.json">data</a>'],
  ["/data/claims.json", null],
];

test("a site whose links all resolve passes, and external links are listed, not fetched", () => {
  expect(checkLinks(built(pages))).toEqual({ broken: [], external: new Set(["https://example.org/x"]) });
});

test("a link to a missing page or a missing anchor is reported with the page it is on", () => {
  const broken = built([
    ...pages.slice(1),
    ["/", '<a href="/abuot/">typo</a> <a href="/about/#methods">anchor</a> <a href="#top">self</a>'],
  ]);
  expect(checkLinks(broken).broken).toEqual([
    { page: "/", href: "/abuot/", problem: "no page at /abuot/" },
    { page: "/", href: "/about/#methods", problem: '/about/ has no element with id "methods"' },
    { page: "/", href: "#top", problem: '/ has no element with id "top"' },
  ]);
});

describe("a site served under a base path", () => {
  const address = { origin: "https://octocat.github.io", base: "/iskp-explained/" };
  const site: [string, string | null][] = [
    [
      "/iskp-explained/",
      '<link rel="canonical" href="https://octocat.github.io/iskp-explained/"><a href="/iskp-explained/about/#method">Method</a>',
    ],
    ["/iskp-explained/about/", '<h2 id="method">Method</h2>'],
    ["/iskp-explained/feed.json", '{"items":[{"url":"https://octocat.github.io/iskp-explained/about/#method"}]}'],
    ["/iskp-explained/og/home.png", null],
  ];
  const replacing = (path: string, text: string) =>
    built(
      site.map(([at, old]) => [at, at === path ? text : old]),
      address.origin,
    );

  test("passes when every link stays inside the base and resolves", () => {
    expect(checkLinks(built(site, address.origin), address)).toEqual({ broken: [], external: new Set() });
  });

  test("a link that leaves the base path is broken, even where the root build would have a page", () => {
    const escaping = replacing("/iskp-explained/", '<a href="/about/">Method</a> <a href="../about/">up</a>');
    expect(checkLinks(escaping, address).broken).toEqual([
      { page: "/iskp-explained/", href: "/about/", problem: "/about/ is outside the base path /iskp-explained/" },
      { page: "/iskp-explained/", href: "../about/", problem: "/about/ is outside the base path /iskp-explained/" },
    ]);
  });

  test("absolute URLs on the site's own origin are checked in every text file: metadata, feeds, downloads", () => {
    const stale = built(
      [
        ...site.filter(([path]) => path !== "/iskp-explained/" && path !== "/iskp-explained/feed.json"),
        [
          "/iskp-explained/",
          '<meta property="og:url" content="https://octocat.github.io/about/"><script type="application/ld+json">{"url":"https://octocat.github.io/iskp-explained/abuot/"}</script>',
        ],
        ["/iskp-explained/feed.json", '{"url":"https://octocat.github.io/iskp-explained/about/#methods"}'],
      ],
      address.origin,
    );
    expect(checkLinks(stale, address).broken.map((link) => link.problem)).toEqual([
      "/about/ is outside the base path /iskp-explained/",
      "no page at /iskp-explained/abuot/",
      '/iskp-explained/about/ has no element with id "methods"',
    ]);
  });
});

test("a URL on the site's origin is read without the punctuation after it, and a look-alike host is another site", () => {
  const origin = "https://example.org";
  expect(siteUrlsIn("See https://example.org/about/. Or https://example.org/data/x.json,", origin)).toEqual([
    "https://example.org/about/",
    "https://example.org/data/x.json",
  ]);
  expect(siteUrlsIn("https://example.org.evil/ https://example.org:8080/ https://example.orgx/", origin)).toEqual([]);
});
