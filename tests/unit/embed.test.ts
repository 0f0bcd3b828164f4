import { expect, test } from "vitest";
import { scopeIds, shiftHeadings } from "~/lib/html/embed";

const KEEP = /^(claim|fn)-/;

test("prefixes ids and the references to them, leaving site-wide unique ids alone", () => {
  const html =
    '<section aria-labelledby="key-points"><h2 id="key-points">Key points</h2>' +
    '<span id="claim-a">A</span><a href="#fn-a" aria-describedby="claim-a-evidence">1</a>' +
    '<a href="#key-points">top</a><a href="/glossary/#key-points">elsewhere</a></section>';
  expect(scopeIds(html, "art-", KEEP)).toBe(
    '<section aria-labelledby="art-key-points"><h2 id="art-key-points">Key points</h2>' +
      '<span id="claim-a">A</span><a href="#fn-a" aria-describedby="claim-a-evidence">1</a>' +
      '<a href="#art-key-points">top</a><a href="/glossary/#key-points">elsewhere</a></section>',
  );
});

test("leaves references to ids defined elsewhere on the page untouched", () => {
  expect(scopeIds('<p id="x" aria-describedby="x y"><a href="#main">m</a></p>', "p-", KEEP)).toBe(
    '<p id="p-x" aria-describedby="p-x y"><a href="#main">m</a></p>',
  );
});

test("shifts headings down a level, opening and closing tags alike, and stops at h6", () => {
  expect(shiftHeadings('<h2 id="a" class="label">A</h2><h6>B</h6><header>C</header><hr>', 1)).toBe(
    '<h3 id="a" class="label">A</h3><h6>B</h6><header>C</header><hr>',
  );
});

test('leaves a link to "#" alone, and attributes that are not id, href or an id list', () => {
  const html =
    '<h2 id="a" data-id="a">A</h2><a href="#">top</a><a data-href="#a" href="#a">a</a><p title="for=a">x</p>';
  expect(scopeIds(html, "p-", KEEP)).toBe(
    '<h2 id="p-a" data-id="a">A</h2><a href="#">top</a><a data-href="#a" href="#p-a">a</a><p title="for=a">x</p>',
  );
});
