import { describe, expect, test } from "vitest";
import { extractFromMdx } from "~/lib/provenance/extract";

const frontmatter = "---\ntitle: T\n---\n\n";

describe("extractFromMdx", () => {
  test("reads an inline claim's attributes, text and line (counting the frontmatter)", () => {
    const { claims } = extractFromMdx(
      `${frontmatter}Intro <Claim id="a" kind="fact" source="s" quote="q">the *site's* words</Claim> end.\n`,
    );
    expect(claims).toEqual([
      { line: 5, column: 7, props: { id: "a", kind: "fact", source: "s", quote: "q" }, text: "the site’s words" },
    ]);
  });

  test("ties each item of a list to the claim whose sentence introduces it with a colon", () => {
    const claim = (id: string, text: string) => `<Claim id="${id}" kind="fact" source="s" quote="q">${text}</Claim>`;
    const mdx = [
      frontmatter,
      `Some context. ${claim("names", "He names three:")}\n\n`,
      `- ${claim("one", "the first;")}\n- ${claim("two", "the second.")}\n\n`,
      `${claim("after", "A sentence after the list.")}\n\n`,
      `Key points\n\n- ${claim("point", "A whole sentence.")}\n`,
    ].join("");
    const leadIns = Object.fromEntries(extractFromMdx(mdx).claims.map((c) => [String(c.props["id"]), c.leadIn]));
    expect(leadIns).toEqual({ names: undefined, one: "names", two: "names", after: undefined, point: undefined });
  });

  test("evaluates a literal citations array without running code", () => {
    const { claims, problems } = extractFromMdx(
      `${frontmatter}<Claim id="b" kind="figure" citations={[{ source: "s", quote: 'a "quoted" word', speaker: "X" }]}>Text</Claim>\n`,
    );
    expect(problems).toEqual([]);
    expect(claims[0]?.props["citations"]).toEqual([{ source: "s", quote: 'a "quoted" word', speaker: "X" }]);
  });

  test("refuses a citations expression that is not a literal", () => {
    const { problems } = extractFromMdx(
      `${frontmatter}<Claim id="c" kind="fact" citations={makeCitations()}>Text</Claim>\n`,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("citations is not a literal value");
  });

  test("counts a paragraph without a claim, unless it is framing, background or a question", () => {
    const { unclaimedParagraphs } = extractFromMdx(
      `${frontmatter}A bare fact.\n\n<Framing>\nA transition.\n</Framing>\n\n<Background>\nWhat an op-ed is.\n</Background>\n\n<Questions>\n  <Question text="Why?">Think.</Question>\n</Questions>\n`,
    );
    expect(unclaimedParagraphs).toEqual([{ line: 5, column: 1, text: "A bare fact." }]);
  });

  test("records links to claim anchors with their line", () => {
    const { links } = extractFromMdx(`${frontmatter}See [this](#claim-x) and [that](/articles/y/#claim-z).\n`);
    expect(links.map((link) => link.url)).toEqual(["#claim-x", "/articles/y/#claim-z"]);
  });

  test("flags a claim nested in another", () => {
    const { problems } = extractFromMdx(
      `${frontmatter}<Claim id="o" kind="fact" source="s" quote="q">Outer <Claim id="i" kind="fact" source="s" quote="q">inner</Claim></Claim>\n`,
    );
    expect(problems.map((problem) => problem.message)).toContain("a <Claim> is nested inside another <Claim>");
  });
});
