import { parse } from "csv-parse/sync";
import { expect, test } from "vitest";
import { formulaSafe, toCsv } from "~/lib/csv";

test("a spreadsheet reads back every field, including commas, quote marks and line breaks", () => {
  const rows = [{ id: "a", text: 'He said "no", then\nleft', list: ["x", "y"] }];
  const parsed = parse<Record<string, string>>(toCsv(["id", "text", "list"], rows), { columns: true, bom: true });
  expect(parsed).toEqual([{ id: "a", text: 'He said "no", then\nleft', list: "x; y" }]);
});

test("the file starts with a UTF-8 byte order mark, so Excel shows curly quotes as written", () => {
  const csv = toCsv(["quote"], [{ quote: "“above 140”" }]);
  expect(csv.startsWith("\uFEFFquote\r\n")).toBe(true);
  expect(csv).toContain("“above 140”");
});

test("a cell a spreadsheet would run as a formula starts with an apostrophe instead", () => {
  for (const [value, safe] of [
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
  ]) {
    expect(formulaSafe(value ?? "")).toBe(safe);
  }
  for (const value of ["above 140", "a-b", "x = y", "“=”"]) expect(formulaSafe(value)).toBe(value);
  const parsed = parse<Record<string, string>>(toCsv(["title"], [{ title: '=cmd|" /C calc"!A0' }]), {
    columns: true,
    bom: true,
  });
  expect(parsed).toEqual([{ title: `'=cmd|" /C calc"!A0` }]);
});
