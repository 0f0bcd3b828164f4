import { mdxToJs } from "satteri";
import { describe, expect, test } from "vitest";
import { claimParagraphs } from "~/lib/markdown/claim-paragraphs";

/** The paragraphs of compiled MDX, each as the ids of the claims in it. */
function paragraphs(mdx: string): string[][] {
  const { code } = mdxToJs(mdx, { mdastPlugins: [claimParagraphs] });
  return code
    .split(/_components\.p\b/)
    .slice(1)
    .map((chunk) => [...chunk.matchAll(/id: "([a-z])"/g)].map((match) => match[1] ?? ""));
}

const claim = (id: string) => `<Claim id="${id}">Sentence ${id}.</Claim>`;

describe("claimParagraphs", () => {
  test("keeps the claims written on one line in one paragraph, as their author wrote them", () => {
    expect(paragraphs(`${claim("a")} ${claim("b")} ${claim("c")}\n\n${claim("d")}\n`)).toEqual([
      ["a", "b", "c"],
      ["d"],
    ]);
  });

  test("puts a claim standing alone on its line into a paragraph of its own", () => {
    expect(paragraphs(`${claim("a")}\n\nText before ${claim("b")}\n`)).toEqual([["a"], ["b"]]);
  });
});
