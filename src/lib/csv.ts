/**
 * CSV for people who open it in a spreadsheet: RFC 4180 with a header row and CRLF line ends,
 * UTF-8 with a byte order mark (without it, Excel reads UTF-8 as the local code page and curly
 * quotes turn to mojibake), and no cell a spreadsheet would run as a formula.
 */

/** The byte order mark that tells Excel the file is UTF-8. Other readers skip it. */
export const BOM = "\uFEFF";

/** A value as CSV text: lists joined with "; ", anything structured as JSON. */
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(text).join("; ");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * A cell that begins with =, +, -, @, a tab or a carriage return is read by spreadsheets as a
 * formula (CSV injection). As OWASP advises, such a cell starts with an apostrophe, which makes
 * the spreadsheet show it as text; the apostrophe is not part of the value.
 */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted when it holds a comma, a quote mark or a line break (RFC 4180). */
function field(value: unknown): string {
  const plain = formulaSafe(text(value));
  return /[",\r\n]/.test(plain) ? `"${plain.replaceAll('"', '""')}"` : plain;
}

/** Writes rows as CSV: a byte order mark, a header line, then one line per row, each ending in CRLF. */
export function toCsv<Row extends Record<string, unknown>>(columns: (keyof Row & string)[], rows: Row[]): string {
  const lines = [
    columns.map(field).join(","),
    ...rows.map((row) => columns.map((column) => field(row[column])).join(",")),
  ];
  return BOM + lines.map((line) => `${line}\r\n`).join("");
}
