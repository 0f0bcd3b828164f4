import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { checkContent } from "~/lib/provenance/check";
import { loadContent } from "~/lib/provenance/load";

const mdx = `---
title: T
---

<KeyPoints>
- <Claim id="kp-one" kind="fact" source="s" quote="q">First point.</Claim>
- <Claim id="kp-two" kind="fact" source="s" quote="q">Second point.</Claim>
</KeyPoints>

## A section

<Claim id="body-claim" kind="fact" source="s" quote="q">Not a key point.</Claim>

<Questions>
  <Question text="Why does it matter?">
    Look again at [the first point](#claim-kp-one), at [another article](/articles/b/#claim-z) and at the <Term id="op-ed">op-ed</Term>.
  </Question>
  <Question text="What is missing?">Think about it.</Question>
</Questions>
`;

/** The article's outline as the study guide gets it: from the content check's parse of the article. */
function outline() {
  const base = loadContent(fileURLToPath(new URL("../fixtures/", import.meta.url)), "content");
  const study = checkContent({ ...base, articles: [{ slug: "a", file: "content/articles/a.mdx", mdx }] }).study;
  const found = study["a"];
  if (!found) throw new Error("the content check gave no outline of the article");
  return found;
}

test("reads the key points' claim ids, in order, and nothing from the body", () => {
  expect(outline().keyPoints).toEqual(["kp-one", "kp-two"]);
});

test("reads each question with its pointer, links made absolute to the article", () => {
  expect(outline().questions).toEqual([
    {
      text: "Why does it matter?",
      hint: [
        [
          { text: "Look again at " },
          { text: "the first point", href: "/articles/a/#claim-kp-one" },
          { text: ", at " },
          { text: "another article", href: "/articles/b/#claim-z" },
          { text: " and at the " },
          { text: "op-ed", href: "/glossary/#term-op-ed" },
          { text: "." },
        ],
      ],
    },
    { text: "What is missing?", hint: [[{ text: "Think about it." }]] },
  ]);
});
