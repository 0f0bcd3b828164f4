import { expect, test } from "vitest";
import { countWords, readingMinutes } from "~/lib/reading-time";

test("counts the words a reader reads, not tags, attributes or frontmatter", () => {
  const mdx = `---\ntitle: Ignored words here\n---\n\n## A heading\n\nOne <Claim id="x" kind="fact" quote='many "quoted" words'>two three</Claim> [four](#claim-x).\n`;
  expect(countWords(mdx)).toBe(6);
});

test("reads 200 words a minute, rounds to whole minutes and never says zero", () => {
  const words = (count: number) => Array.from({ length: count }, () => "word").join(" ");
  expect(readingMinutes(words(1))).toBe(1);
  expect(readingMinutes(words(600))).toBe(3);
  expect(readingMinutes(words(699))).toBe(3);
  expect(readingMinutes(words(700))).toBe(4);
});
