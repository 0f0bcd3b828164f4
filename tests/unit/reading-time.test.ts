import { expect, test } from "vitest";
import { countWords, readingMinutes, WORDS_PER_MINUTE } from "~/lib/reading-time";

test("counts the words a reader reads, not tags, attributes or frontmatter", () => {
  const mdx = `---\ntitle: Ignored words here\n---\n\n## A heading\n\nOne <Claim id="x" kind="fact" quote='many "quoted" words'>two three</Claim> [four](#claim-x).\n`;
  expect(countWords(mdx)).toBe(6);
});

test("rounds to whole minutes and never says zero", () => {
  expect(readingMinutes("word")).toBe(1);
  expect(readingMinutes(Array.from({ length: WORDS_PER_MINUTE * 3 }, () => "word").join(" "))).toBe(3);
});
