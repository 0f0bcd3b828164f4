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

/** The day a bound (`before 2024-07-09`) names, or undefined for a partial date. */
export function boundOf(value: string): string | undefined {
  return /^before (\d{4}-\d{2}-\d{2})$/.exec(value)?.[1];
}

/** The year an event date falls in: a bound's year is the year of the day it is before. */
export function yearOf(value: string): number {
  return Number((boundOf(value) ?? value).slice(0, 4));
}

/**
 * Formats an ISO 8601 partial date (`2021`, `2021-08`, `2024-03-07`) no more precisely than it is
 * written: a month stays a month ("August 2021"); a bound stays a bound ("before 9 July 2024").
 */
export function formatPartialDate(value: string): string {
  const bound = boundOf(value);
  if (bound !== undefined) return `before ${formatPartialDate(bound)}`;
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`not a partial date: ${value}`);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return day === undefined ? MONTH.format(date) : LONG.format(date);
}

/**
 * A sortable key for an event date: the last day it can be. A month sorts at its last day
 * ("2024-03" as 2024-03-31), after the exact dates within it; a bound ("before 2024-07-09") sorts
 * just before the day it names. Nothing is placed by a day the source does not give.
 */
export function eventSortKey(value: string): string {
  const bound = boundOf(value);
  if (bound !== undefined) return `${bound} 0`;
  return `${endOfPeriod(value)} ${/^\d{4}-\d{2}-\d{2}$/.test(value) ? 1 : 2}`;
}

/** The last day of the period a partial date names ("2024-03" → 2024-03-31). */
export function endOfPeriod(value: string): string {
  const [year, month, day] = value.split("-").map(Number);
  if (year === undefined) return value;
  if (month === undefined) return `${year}-12-31`;
  if (day === undefined) return `${value}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
  return value;
}
