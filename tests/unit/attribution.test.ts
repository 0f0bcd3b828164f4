import { describe, expect, test } from "vitest";
import { outletOf } from "~/lib/attribution";

describe("outletOf", () => {
  test("names the paper that ran a columnist's column", () => {
    const author = { name: "Numan Bacha", description: "", family: "Bacha", given: "Numan" };
    const column = {
      authors: [author],
      publisher: "The News International (Pakistan)",
      periodical: "The News International",
    };
    expect(outletOf(column)).toBe("The News International");
  });

  test("names no outlet when an organisation published its own statement", () => {
    const release = {
      authors: [],
      organisation: "Tech Against Terrorism",
      publisher: "Tech Against Terrorism",
      periodical: "Tech Against Terrorism",
    };
    expect(outletOf(release)).toBeUndefined();
  });
});
