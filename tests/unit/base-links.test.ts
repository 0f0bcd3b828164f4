import { mdxToJs } from "satteri";
import { expect, test } from "vitest";
import { baseLinks } from "~/lib/markdown/base-links";

const mdx = [
  "The article on [policy responses](/articles/policy-responses/#claim-x) says more.",
  "",
  "Compare [this claim](#claim-y) with [the release](https://example.org/release).",
].join("\n");

test("links between articles get the base path; fragments and other sites keep theirs", () => {
  const { code } = mdxToJs(mdx, { mdastPlugins: [baseLinks("/iskp-explained/")] });
  expect(code).toContain('"/iskp-explained/articles/policy-responses/#claim-x"');
  expect(code).toContain('"#claim-y"');
  expect(code).toContain('"https://example.org/release"');
});

test("at the root the links are as the author wrote them", () => {
  const { code } = mdxToJs(mdx, { mdastPlugins: [baseLinks("/")] });
  expect(code).toContain('"/articles/policy-responses/#claim-x"');
});
