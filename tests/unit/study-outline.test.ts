import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { checkContent } from "~/lib/provenance/check";
import { loadContent } from "~/lib/provenance/load";
import { studyOutline } from "~/lib/study/outline";

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

test("reads the key points' claim ids, in order, and nothing from the body", () => {
  expect(studyOutline(mdx, "/articles/a/").keyPoints).toEqual(["kp-one", "kp-two"]);
});

test("reads each question with its pointer, links made absolute to the article", () => {
  expect(studyOutline(mdx, "/articles/a/").questions).toEqual([
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

test("the content check gives the study guide each article's outline, from its own parse", () => {
  const base = loadContent(fileURLToPath(new URL("../fixtures/", import.meta.url)), "content");
  const files = { ...base, articles: [{ slug: "a", file: "content/articles/a.mdx", mdx }] };
  expect(checkContent(files).study["a"]).toEqual(studyOutline(mdx, "/articles/a/"));
});
