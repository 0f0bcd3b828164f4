import { parse } from "csv-parse/sync";
import { expect, test } from "vitest";
import { rowsPerCitation, toCsv } from "~/lib/csv";

test("a spreadsheet reads back every field, including commas, quote marks and line breaks", () => {
  const rows = [{ id: "a", text: 'He said "no", then\nleft', list: ["x", "y"] }];
  const parsed = parse<Record<string, string>>(toCsv(["id", "text", "list"], rows), { columns: true });
  expect(parsed).toEqual([{ id: "a", text: 'He said "no", then\nleft', list: "x; y" }]);
});

test("an entry with two citations becomes two rows that differ only in the citation", () => {
  const rows = rowsPerCitation([
    {
      id: "e",
      citations: [
        { source: "s1", quote: "q1" },
        { source: "s2", quote: "q2", speaker: "P" },
      ],
    },
  ]);
  expect(rows).toEqual([
    { id: "e", source: "s1", quote: "q1", speaker: "" },
    { id: "e", source: "s2", quote: "q2", speaker: "P" },
  ]);
});
