import { describe, expect, test } from "vitest";
import { extractFromMdx } from "~/lib/provenance/extract";

const frontmatter = "---\ntitle: T\n---\n\n";

describe("extractFromMdx", () => {
  test("reads an inline claim's attributes, text and line (counting the frontmatter)", () => {
    const { claims } = extractFromMdx(
      `${frontmatter}Intro <Claim id="a" kind="fact" source="s" quote="q">the *site's* words</Claim> end.\n`,
    );
    expect(claims).toEqual([
      {
        line: 5,
        column: 7,
        props: { id: "a", kind: "fact", source: "s", quote: "q" },
        text: "the site’s words",
        section: "",
        inKeyPoints: false,
      },
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

  test("records the section a claim is in, by its heading", () => {
    const { claims } = extractFromMdx(
      `${frontmatter}<Claim id="a" kind="fact" source="s" quote="q">A.</Claim>\n\n## When it froze\n\n<Claim id="b" kind="fact" source="s" quote="q">B.</Claim>\n`,
    );
    expect(claims.map((claim) => claim.section)).toEqual(["", "When it froze"]);
  });

  test("records every link with its line: Markdown links and JSX href and src", () => {
    const { links } = extractFromMdx(
      `${frontmatter}See [this](#claim-x) and [that](/articles/y/#claim-z).\n\n<a href="https://example.org/">z</a>\n`,
    );
    expect(links).toEqual([
      { line: 5, column: 5, url: "#claim-x" },
      { line: 5, column: 26, url: "/articles/y/#claim-z" },
      { line: 7, column: 1, url: "https://example.org/" },
    ]);
  });

  test("flags a claim nested in another", () => {
    const { problems } = extractFromMdx(
      `${frontmatter}<Claim id="o" kind="fact" source="s" quote="q">Outer <Claim id="i" kind="fact" source="s" quote="q">inner</Claim></Claim>\n`,
    );
    expect(problems.map((problem) => problem.message)).toContain("a <Claim> is nested inside another <Claim>");
  });
});
