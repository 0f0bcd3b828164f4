import { describe, expect, test } from "vitest";
import { checkLinks, siteUrlsIn } from "~/lib/links";

const site = new Map<string, string | null>([
  ["/", '<a href="/about/">About</a> <a href="/about/#method">Method</a> <a href="https://example.org/x">Out</a>'],
  ["/about/", '<h2 id="method">Method</h2><a href="#method">here</a> <a href="/data/claims.json">data</a>'],
  ["/data/claims.json", null],
]);

test("a site whose links all resolve passes, and external links are listed, not fetched", () => {
  expect(checkLinks(site)).toEqual({ broken: [], external: new Set(["https://example.org/x"]) });
});

test("a link to a missing page or a missing anchor is reported with the page it is on", () => {
  const broken = new Map(site);
  broken.set("/", '<a href="/abuot/">typo</a> <a href="/about/#methods">anchor</a> <a href="#top">self</a>');
  expect(checkLinks(broken).broken).toEqual([
    { page: "/", href: "/abuot/", problem: "no page at /abuot/" },
    { page: "/", href: "/about/#methods", problem: '/about/ has no element with id "methods"' },
    { page: "/", href: "#top", problem: '/ has no element with id "top"' },
  ]);
});

describe("a site served under a base path", () => {
  const address = { origin: "https://octocat.github.io", base: "/iskp-explained/" };
  const built = new Map<string, string | null>([
    [
      "/iskp-explained/",
      '<link rel="canonical" href="https://octocat.github.io/iskp-explained/"><a href="/iskp-explained/about/#method">Method</a>',
    ],
    ["/iskp-explained/about/", '<h2 id="method">Method</h2>'],
    ["/iskp-explained/feed.json", '{"items":[{"url":"https://octocat.github.io/iskp-explained/about/#method"}]}'],
    ["/iskp-explained/og/home.png", null],
  ]);

  test("passes when every link stays inside the base and resolves", () => {
    expect(checkLinks(built, address)).toEqual({ broken: [], external: new Set() });
  });

  test("a link that leaves the base path is broken, even where the root build would have a page", () => {
    const escaping = new Map(built);
    escaping.set("/iskp-explained/", '<a href="/about/">Method</a> <a href="../about/">up</a>');
    expect(checkLinks(escaping, address).broken).toEqual([
      { page: "/iskp-explained/", href: "/about/", problem: "/about/ is outside the base path /iskp-explained/" },
      { page: "/iskp-explained/", href: "../about/", problem: "/about/ is outside the base path /iskp-explained/" },
    ]);
  });

  test("absolute URLs on the site's own origin are checked in every text file: metadata, feeds, downloads", () => {
    const stale = new Map(built);
    stale.set(
      "/iskp-explained/",
      '<meta property="og:url" content="https://octocat.github.io/about/"><script type="application/ld+json">{"url":"https://octocat.github.io/iskp-explained/abuot/"}</script>',
    );
    stale.set("/iskp-explained/feed.json", '{"url":"https://octocat.github.io/iskp-explained/about/#methods"}');
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
