import { Cite } from "@citation-js/core";
import { describe, expect, test } from "vitest";
import type { CslItem } from "~/lib/citation/csl-item";
import { BACHA_COLUMN } from "../fixtures/csl";
import { exportReference, forStyle, formatReferences } from "~/lib/citation/format";
import { formatReferencesOffThread } from "~/lib/citation/format-off-thread";

const newspaper = BACHA_COLUMN;

const pressRelease: CslItem = {
  id: "tat-2024",
  type: "webpage",
  title: "Example Highlights an Online Threat",
  author: [{ literal: "Example Organisation" }],
  "container-title": "Example Organisation",
  genre: "Press release",
  issued: { "date-parts": [[2024, 10, 8]] },
  URL: "https://example.org/news/threat",
};

const byStyle = (item: CslItem) =>
  Object.fromEntries(formatReferences(item, "text").map((ref) => [ref.style, ref.reference]));

describe("formatted references follow each style's published rules", () => {
  // Expected strings are written from the style guides' patterns for a newspaper article online:
  // APA 7: Author, A. (Year, Month Day). Title. Newspaper. URL
  // MLA 9: Last, First. "Title in Title Case." Newspaper, Day Mon. Year, URL.
  // Chicago 17 (bibliography): Last, First. "Title." Newspaper, Month Day, Year. URL.
  // Harvard (Cite Them Right): Last, I. (Year) 'Title', Newspaper, Day Month. Available at: URL (Accessed: date).
  const references = byStyle({ ...newspaper, accessed: { "date-parts": [[2026, 11, 22]] } });

  test("APA 7", () => {
    expect(references["apa"]).toBe(
      "Bacha, N. (2024, July 9). The evolving ISKP threat. The News International. https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
    );
  });
  test("MLA 9", () => {
    expect(references["modern-language-association"]).toBe(
      "Bacha, Numan. “The Evolving ISKP Threat.” The News International, 9 July 2024, https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat.",
    );
  });
  test("Chicago 17", () => {
    expect(references["chicago-note-bibliography"]).toBe(
      "Bacha, Numan. “The Evolving ISKP Threat.” The News International, July 9, 2024. https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat.",
    );
  });
  test("Harvard, with the access date", () => {
    expect(references["harvard-cite-them-right"]).toBe(
      "Bacha, N. (2024) ‘The evolving ISKP threat’, The News International, 9 July. Available at: https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat (Accessed: 22 November 2026).",
    );
  });
  test("the HTML form italicises the newspaper's name", () => {
    const apa = formatReferences(newspaper).find((ref) => ref.style === "apa");
    expect(apa?.reference).toContain("<i>The News International</i>");
  });
});

describe("an organisation that is both author and website is named once", () => {
  test("APA and Harvard keep it as the author", () => {
    expect(forStyle(pressRelease, "apa")).not.toHaveProperty("container-title");
    const apa = byStyle(pressRelease)["apa"] ?? "";
    expect(apa.match(/Example Organisation/g)).toHaveLength(1);
    expect(apa).toMatch(
      /^Example Organisation\. \(2024, October 8\)\. Example Highlights an Online Threat \[Press release\]\./,
    );
  });
  test("MLA and Chicago begin with the title and keep it as the website", () => {
    expect(forStyle(pressRelease, "modern-language-association")).not.toHaveProperty("author");
    const mla = byStyle(pressRelease)["modern-language-association"] ?? "";
    expect(mla.match(/Example Organisation/g)).toHaveLength(1);
    expect(mla).toMatch(/^“Example Highlights an Online Threat\.” Example Organisation, 8 Oct\. 2024/);
  });
  test("a person who is not the website is left alone", () => {
    expect(forStyle(newspaper, "modern-language-association")).toBe(newspaper);
  });
});

test("RIS keeps every field on one line, so a long URL or title reaches a reference manager whole", () => {
  const url = "https://example.github.io/iskp-explained/articles/youth-radicalisation-uk/#claim-youth-mi5-under-18";
  const title = "Young people, online propaganda and terrorism in the United Kingdom, as the sources describe them";
  const lines = exportReference({ ...pressRelease, URL: url, title }, "tat-2024").ris.split("\n");
  expect(lines).toContain(`UR  - ${url}`);
  expect(lines).toContain(`T1  - ${title}`);
  expect(lines.filter((line) => line && !/^[A-Z][A-Z0-9] {2}-/.test(line))).toEqual([]);
});

describe("exports read back with an independent parser", () => {
  const { bibtex, ris, csl } = exportReference(newspaper, "bacha-2024");
  for (const [format, text] of [
    ["BibTeX", bibtex],
    ["RIS", ris],
    ["CSL-JSON", csl],
  ] as const) {
    test(`${format} keeps the author, title, date and URL`, async () => {
      const [item] = (await Cite.async(text)).data;
      expect(item).toMatchObject({
        title: "The evolving ISKP threat",
        URL: "https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
      });
      expect(item?.["author"]).toEqual([expect.objectContaining({ family: "Bacha", given: "Numan" })]);
      expect((item?.["issued"] as { "date-parts": number[][] })["date-parts"][0]?.slice(0, 1)).toEqual([2024]);
    });
  }
});

describe("references formatted in the citation worker, as pages get them", () => {
  test("are the references formatted in the page's own thread, each for the item it asked for", async () => {
    const [column, release] = await Promise.all([
      formatReferencesOffThread(newspaper),
      formatReferencesOffThread(pressRelease),
    ]);
    expect(column).toEqual(formatReferences(newspaper));
    expect(release).toEqual(formatReferences(pressRelease));
    expect(column.find((ref) => ref.style === "apa")?.reference).toBe(
      "Bacha, N. (2024, July 9). The evolving ISKP threat. <i>The News International</i>. https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
    );
  });
});
