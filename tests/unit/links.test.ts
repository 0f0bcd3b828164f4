import { expect, test } from "vitest";
import { checkLinks } from "~/lib/links";

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
