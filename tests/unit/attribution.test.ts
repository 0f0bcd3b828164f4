import { describe, expect, test } from "vitest";
import { authorAndPublisher } from "~/lib/attribution";

describe("authorAndPublisher", () => {
  test("names a columnist and the paper that ran the column", () => {
    const author = { name: "Numan Bacha", description: "", family: "Bacha", given: "Numan" };
    const column = { authors: [author], publisher: "The News International" };
    expect(authorAndPublisher(column)).toBe("Numan Bacha, The News International");
  });

  test("names an organisation once when it published its own statement", () => {
    const release = { authors: [], organisation: "Tech Against Terrorism", publisher: "Tech Against Terrorism" };
    expect(authorAndPublisher(release)).toBe("Tech Against Terrorism");
  });
});
