import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkContent, formatError } from "~/lib/provenance/check";
import { loadContent } from "~/lib/provenance/load";

// tests/fixtures/content holds one deliberately broken article per rule, and a small source.
const root = fileURLToPath(new URL("../fixtures/", import.meta.url));
const { sources, articles, data } = loadContent(root, "content");

function check(slug: string) {
  const article = articles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`no fixture ${slug}`);
  return checkContent(sources, [article]);
}

describe("checkContent on broken content", () => {
  test("a misquotation names file and line, the quotation and the closest passage", () => {
    const [error, ...rest] = check("misquote").errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      file: "content/articles/misquote.mdx",
      line: 5,
      quote: "The harbour froze in February",
      closest: "The harbour froze in January, for the first time in a generation.",
    });
    expect(error?.message).toContain('the quotation is not in "sample-2024"');
  });

  test("an article too long for one print volume is named, with what to do", () => {
    const long = {
      slug: "long",
      file: "content/articles/long.mdx",
      mdx: `---\ntitle: Long\n---\n${"Words. ".repeat(8_000)}`,
    };
    const errors = checkContent(sources, [long]).errors.filter((error) => error.message.includes("print volume"));
    expect(errors).toMatchObject([{ file: "content/articles/long.mdx", line: 1 }]);
    expect(errors[0]?.message).toContain("56,000 characters long");
    expect(errors[0]?.fix).toContain("split it into two articles");
  });

  test("an unknown source is named, with the sources that exist", () => {
    const [error] = check("unknown-source").errors;
    expect(error?.message).toContain('unknown source "nowhere-2024"');
    expect(error?.fix).toContain("sample-2024");
  });

  test("a duplicate claim id points to where the id was first used", () => {
    const [error, ...rest] = check("duplicate-id").errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ line: 7 });
    expect(error?.message).toContain("duplicate claim id, first used at content/articles/duplicate-id.mdx:5");
  });

  test("a missing or blank quotation is refused", () => {
    const messages = check("missing-quotation").errors.map((error) => `${error.line}: ${error.message}`);
    expect(messages).toEqual([
      '5: <Claim id="council-promise">: source and quote go together: give both',
      '7: <Claim id="council-none">: the quotation is empty',
    ]);
  });

  test("fragments joined by an ellipsis must occur in the source's order", () => {
    const [error] = check("out-of-order").errors;
    expect(error?.message).toContain("out of order");
    expect(error?.closest).toBe("The council promised help — but none came.");
  });

  test("a claim without any citation is refused", () => {
    const [error] = check("no-citation").errors;
    expect(error?.message).toContain("a claim needs a citation");
  });

  test("a paragraph of fact with no claim is refused, a framing paragraph is not", () => {
    const { errors } = check("unmarked-paragraph");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('a paragraph states no claim: "The harbour froze in January."');
  });

  test("a glossary term that does not exist is refused, one that does is accepted", () => {
    const article = articles.find((candidate) => candidate.slug === "unknown-term");
    if (!article) throw new Error("no fixture unknown-term");
    const glossary = data.filter((file) => file.collection === "glossary");
    const { errors } = checkContent(sources, [article], glossary);
    expect(errors.map((error) => `${error.line}: ${error.message}`)).toEqual([
      '5: <Term id="habour">: there is no glossary entry "habour"',
    ]);
  });

  test("a link to a claim that does not exist is refused", () => {
    const [error] = check("broken-link").errors;
    expect(error?.message).toBe("the link #claim-febuary points to a claim that does not exist");
  });

  test("errors read like a compiler's: file:line:column first, then evidence and fix", () => {
    const [error] = check("misquote").errors;
    if (!error) throw new Error("expected an error");
    const lines = formatError(error).split("\n");
    expect(lines[0]).toMatch(/^content\/articles\/misquote\.mdx:5:1 {2}/);
    expect(lines.some((line) => line.trim().startsWith("closest passage:"))).toBe(true);
    expect(lines.at(-1)?.trim()).toMatch(/^fix: /);
  });
});

describe("checkContent on good content", () => {
  test("returns verified claims and counts covered sentences, leaving out page furniture", () => {
    const result = checkContent(sources, [
      {
        slug: "good",
        file: "good.mdx",
        mdx: '---\ntitle: G\n---\n\n<Claim id="froze" kind="fact" source="sample-2024" quote="The harbour froze in January, for the first time in a generation.">It froze.</Claim>\n',
      },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.claims.map((claim) => claim.id)).toEqual(["froze"]);
    // Three substantive sentences ("Advertisement" is furniture); one is quoted.
    expect(result.sources[0]).toMatchObject({ substantiveSentences: 3, coveredSentences: 1 });
  });
});

describe("checkContent on data files", () => {
  const result = checkContent(sources, [], data);

  test("a misquotation in a data entry names the YAML file and the line of the citation", () => {
    const error = result.errors.find((candidate) => candidate.file === "content/timeline.yaml" && candidate.quote);
    expect(error).toMatchObject({
      line: 8,
      closest: "The harbour froze in January, for the first time in a generation.",
    });
    expect(error?.message).toBe('timeline entry "harbour-froze": the quotation is not in "sample-2024"');
  });

  test("a reference to an actor that does not exist is refused", () => {
    expect(result.errors.map((error) => error.message)).toContain(
      'timeline entry "harbour-froze": "fishermen" is not an id in actors',
    );
  });

  test("an event placed somewhere the places file does not list is refused, as is a city in no known country", () => {
    const messages = result.errors.map((error) => error.message);
    expect(messages).toContain('timeline entry "harbour-froze": "atlantis" is not an id in places');
    expect(messages).toContain('places entry "harbour-town": "nowhere-land" is not an id in places');
  });

  test("a correct data citation counts towards the source's coverage", () => {
    // The actors fixture quotes "The council promised help", half of the third sentence or more.
    const withoutData = checkContent(sources, [], []).sources[0]?.coveredSentences ?? 0;
    expect(result.sources[0]?.coveredSentences).toBe(withoutData + 1);
  });
});
