import { expect, test } from "vitest";
import { nextId } from "~/lib/sequence";

test("ids are counted per page, so a page's ids do not depend on the pages built before it", () => {
  const first = {};
  const second = {};
  expect(nextId(first, "term-iskp-definition")).toBe("term-iskp-definition-1");
  expect(nextId(first, "term-sco-definition")).toBe("term-sco-definition-2");
  expect(nextId(second, "term-iskp-definition")).toBe("term-iskp-definition-1");
});
