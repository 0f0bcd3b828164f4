import { describe, expect, test } from "vitest";
import { nestUnderLeadIns } from "~/lib/provenance/lead-ins";

describe("nestUnderLeadIns", () => {
  test("puts list items under the claim that introduces them, keeping the order", () => {
    const nested = nestUnderLeadIns([
      { id: "before" },
      { id: "names" },
      { id: "one", leadIn: "names" },
      { id: "two", leadIn: "names" },
      { id: "after" },
    ]);
    expect(nested.map(({ claim, items }) => [claim.id, items.map((item) => item.id)])).toEqual([
      ["before", []],
      ["names", ["one", "two"]],
      ["after", []],
    ]);
  });

  test("leaves an item in place when its lead-in is not in the list (it cites another source)", () => {
    const nested = nestUnderLeadIns([{ id: "one", leadIn: "elsewhere" }, { id: "other" }]);
    expect(nested.map(({ claim }) => claim.id)).toEqual(["one", "other"]);
    expect(nested.every(({ items }) => items.length === 0)).toBe(true);
  });
});
