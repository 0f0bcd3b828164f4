import { describe, expect, test } from "vitest";
import { normaliseBase, pagePath, withBase, withoutBase } from "~/lib/paths";

describe("normaliseBase", () => {
  test("accepts the base path however it is written, and gives it with both slashes", () => {
    expect(normaliseBase(undefined)).toBe("/");
    expect(normaliseBase("")).toBe("/");
    expect(normaliseBase("/")).toBe("/");
    expect(normaliseBase("iskp-explained")).toBe("/iskp-explained/");
    // GitHub Pages' configure-pages gives the base path without a trailing slash.
    expect(normaliseBase("/iskp-explained")).toBe("/iskp-explained/");
    expect(normaliseBase("/iskp-explained/")).toBe("/iskp-explained/");
    expect(normaliseBase("/courses/iskp/")).toBe("/courses/iskp/");
  });

  test("refuses what is not a plain path, naming BASE_PATH", () => {
    for (const value of ["/../etc/", "/a b/", "/a//b/", "https://example.org/x/", "/x?y/"]) {
      expect(() => normaliseBase(value), value).toThrow(/BASE_PATH/);
    }
  });
});

describe("withBase and withoutBase", () => {
  const base = "/iskp-explained/";

  test("a site path gets the base in front, fragment and all", () => {
    expect(withBase("/", base)).toBe("/iskp-explained/");
    expect(withBase("/about/", base)).toBe("/iskp-explained/about/");
    expect(withBase("/articles/what-is-iskp/#claim-x", base)).toBe("/iskp-explained/articles/what-is-iskp/#claim-x");
    expect(withBase("/data/claims.json", base)).toBe("/iskp-explained/data/claims.json");
  });

  test("at the root a site path is its own URL path", () => {
    expect(withBase("/about/", "/")).toBe("/about/");
  });

  test("fragments, relative paths and other sites are left as they are", () => {
    for (const href of ["#claim-x", "about/", "https://example.org/about/", "//example.org/about/", "mailto:a@b.c"]) {
      expect(withBase(href, base)).toBe(href);
    }
  });

  test("withoutBase gives the site path back, and nothing for a path outside the base", () => {
    expect(withoutBase("/iskp-explained/about/", base)).toBe("/about/");
    expect(withoutBase("/iskp-explained/", base)).toBe("/");
    expect(withoutBase("/iskp-explained", base)).toBe("/");
    expect(withoutBase("/about/", base)).toBeUndefined();
    expect(withoutBase("/iskp-explained-2/about/", base)).toBeUndefined();
    expect(withoutBase("/about/", "/")).toBe("/about/");
  });

  test("the page being rendered is read as a site path", () => {
    expect(pagePath("/iskp-explained/glossary/", base)).toBe("/glossary/");
    expect(pagePath("/glossary/", "/")).toBe("/glossary/");
  });

  test("in pages and components the base is the one the site is built with", () => {
    expect(withBase("/about/")).toBe(`${import.meta.env.BASE_URL}about/`);
    expect(pagePath(`${import.meta.env.BASE_URL}about/`)).toBe("/about/");
  });
});
