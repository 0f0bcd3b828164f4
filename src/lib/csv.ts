/** A value as CSV text: lists joined with "; ", anything structured as JSON. */
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(text).join("; ");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** One CSV field, quoted when it holds a comma, a quote mark or a line break (RFC 4180). */
function field(value: unknown): string {
  const plain = text(value);
  return /[",\r\n]/.test(plain) ? `"${plain.replaceAll('"', '""')}"` : plain;
}

/** Writes rows as RFC 4180 CSV with a header line and CRLF line ends, as spreadsheets expect. */
export function toCsv<Row extends Record<string, unknown>>(columns: (keyof Row & string)[], rows: Row[]): string {
  return [columns.map(field).join(","), ...rows.map((row) => columns.map((column) => field(row[column])).join(","))]
    .map((line) => `${line}\r\n`)
    .join("");
}

/**
 * Spreads entries with several citations over several rows, one per citation, so that every row
 * carries its source and its exact quotation in plain columns.
 */
export function rowsPerCitation<
  Entry extends { citations: { source: string; quote: string; speaker?: string | undefined }[] },
>(entries: Entry[]): (Omit<Entry, "citations"> & { source: string; quote: string; speaker: string })[] {
  return entries.flatMap(({ citations, ...entry }) =>
    citations.map((citation) => ({
      ...entry,
      source: citation.source,
      quote: citation.quote,
      speaker: citation.speaker ?? "",
    })),
  );
}
