const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `9 July 2024`: dates as British readers write them, fixed to UTC so builds are reproducible. */
export function formatDate(date: Date): string {
  return LONG.format(date);
}

/** `2024-07-09`, for `<time datetime>` and machine-readable data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Formats an ISO 8601 partial date (`2021`, `2021-08`, `2024-03-07`) no more precisely than it is
 * written: a month stays a month ("August 2021").
 */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`not a partial date: ${value}`);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return day === undefined ? MONTH.format(date) : LONG.format(date);
}

/**
 * A sortable key for a partial date: the last day of the period it names ("2024-03" sorts as
 * 2024-03-31), so an exact date within a month comes before the month itself.
 */
export function endOfPeriod(value: string): string {
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined) return value;
  if (month === undefined) return `${year}-12-31`;
  if (day === undefined) return `${value}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
  return value;
}
