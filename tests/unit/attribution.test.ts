import { describe, expect, test } from "vitest";
import { separatePublisher } from "~/lib/attribution";

describe("separatePublisher", () => {
  test("names the paper that ran a columnist's column", () => {
    const author = { name: "Numan Bacha", description: "", family: "Bacha", given: "Numan" };
    const column = { authors: [author], publisher: "The News International" };
    expect(separatePublisher(column)).toBe("The News International");
  });

  test("names no separate publisher when an organisation published its own statement", () => {
    const release = { authors: [], organisation: "Tech Against Terrorism", publisher: "Tech Against Terrorism" };
    expect(separatePublisher(release)).toBeUndefined();
  });
});
