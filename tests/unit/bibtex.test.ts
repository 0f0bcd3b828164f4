import { BibLatexParser } from "biblatex-csl-converter";
import { expect, test } from "vitest";
import { escapeTex, toBibtex } from "~/lib/citation/bibtex";
import type { CslItem } from "~/lib/citation/csl-item";
import { BACHA_COLUMN } from "../fixtures/csl";

/** Reads BibTeX with biblatex-csl-converter, an independent biblatex parser, and its complaints. */
function read(bibtex: string) {
  const parsed = new BibLatexParser(bibtex, { processUnexpected: true, processUnknown: true }).parse();
  const entries = Object.values(parsed.entries);
  return { entries, errors: parsed.errors, warnings: parsed.warnings };
}

/** Text of a parsed field, which the parser gives as runs of text (and, for names, lists of them). */
function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(text).join("");
  if (value && typeof value === "object" && "text" in value) return String(value.text);
  return "";
}

const sitePage: CslItem = {
  id: "article-what-is-iskp",
  type: "webpage",
  title: "What ISKP is, and why it is not focused on one country",
  "container-title": "ISKP Explained",
  issued: { "date-parts": [[2026, 11, 22]] },
  URL: "https://iskp-explained.example.org/articles/what-is-iskp/",
  language: "en-GB",
};

test("a page of this site is an @online entry with the site as organisation, ISO dates and the access date", () => {
  const bibtex = toBibtex(sitePage, { key: "iskp-explained-article-what-is-iskp", accessed: "2026-12-01" });
  const { entries, errors, warnings } = read(bibtex);
  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  expect(entry?.bib_type).toBe("online");
  expect(entry?.entry_key).toBe("iskp-explained-article-what-is-iskp");
  expect(text(entry?.fields["title"])).toBe("What ISKP is, and why it is not focused on one country");
  expect(text(entry?.fields["organization"])).toBe("ISKP Explained");
  expect(entry?.fields["date"]).toBe("2026-11-22");
  expect(entry?.fields["url"]).toBe("https://iskp-explained.example.org/articles/what-is-iskp/");
  expect(entry?.fields["urldate"]).toBe("2026-12-01");
  expect(bibtex).not.toMatch(/^\s*(month|year|howpublished)\s*=/m);
});

test("a newspaper column is an @article in its newspaper, with its author's family and given names", () => {
  const bibtex = toBibtex({ ...BACHA_COLUMN, language: "en" }, { key: "bacha-2024" });
  const { entries, errors, warnings } = read(bibtex);
  expect([errors, warnings]).toEqual([[], []]);
  const [entry] = entries;
  // The parser reads @article with entrysubtype = {newspaper} as biblatex means it: a newspaper article.
  expect(entry?.bib_type).toBe("article-newspaper");
  expect(text(entry?.fields["journaltitle"])).toBe("The News International");
  expect(entry?.fields["author"]).toEqual([
    { family: [{ type: "text", text: "Bacha" }], given: [{ type: "text", text: "Numan" }] },
  ]);
  expect(entry?.fields["date"]).toBe("2024-07-09");
  // A file is written once, not on the day it is read: no access date unless one is given.
  expect(entry?.fields["urldate"]).toBeUndefined();
});

test("an organisation as author stays one name, and TeX's special characters print as themselves", () => {
  const bibtex = toBibtex(
    {
      id: "x",
      type: "webpage",
      title: "R&D: 50% of {everything} costs $5 #1_a~b^c\\d",
      author: [{ literal: "Smith & Jones" }],
      "container-title": "Smith & Jones",
      genre: "Press release",
      issued: { "date-parts": [[2024, 10, 8]] },
      URL: "https://example.org/a_b%20c",
    },
    { key: "x-2024" },
  );
  const { entries, errors } = read(bibtex);
  expect(errors).toEqual([]);
  const [entry] = entries;
  expect(entry?.fields["author"]).toEqual([{ literal: [{ type: "text", text: "Smith & Jones" }] }]);
  expect(text(entry?.fields["title"])).toBe("R&D: 50% of {everything} costs $5 #1_a~b^c\\d");
  expect(entry?.fields["url"]).toBe("https://example.org/a_b%20c");
  expect(escapeTex("a & b")).toBe("a \\& b");
});

test("a key a reference manager could not use is refused", () => {
  expect(() => toBibtex(sitePage, { key: "two words" })).toThrow(/not a usable BibTeX key/);
});
