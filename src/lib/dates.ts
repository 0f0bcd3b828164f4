/** The months in English, January first: for dates written by hand, not by Intl (citation styles, rules). */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Dates already formatted, by time: a page names its sources' few dates once per claim. */
const formatted = new Map<number, string>();

/** `9 July 2024`: dates as British readers write them, fixed to UTC so builds are reproducible. */
export function formatDate(date: Date): string {
  const time = date.getTime();
  let text = formatted.get(time);
  if (text === undefined) {
    text = LONG.format(date);
    formatted.set(time, text);
  }
  return text;
}

/** `2024-07-09`, for `<time datetime>` and machine-readable data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** The day a bound (`before 2024-07-09`) names, or undefined for a partial date. */
export function boundOf(value: string): string | undefined {
  const { end, precision } = dateBounds(value);
  return precision === "before" ? end : undefined;
}

/** The year an event date falls in: a bound's year is the year of the day it is before. */
export function yearOf(value: string): number {
  return Number(dateBounds(value).end.slice(0, 4));
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
  const { end, precision } = dateBounds(value);
  return `${end} ${precision === "before" ? 0 : precision === "day" ? 1 : 2}`;
}

/** How precisely a timeline date is known: a day, a month, a year, or only a day it came before. */
export type DatePrecision = "day" | "month" | "year" | "before";

/** A timeline date as the first and last day it may be, for data files and sorting. */
export interface DateBounds {
  /** The first day it may be (YYYY-MM-DD); empty when only a later bound is known. */
  start: string;
  /** The last day it may be (YYYY-MM-DD); for `before`, the day it came before. */
  end: string;
  precision: DatePrecision;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The number of days in a month (1–12) of a year, in the proleptic Gregorian calendar. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The period a timeline `date` names, as explicit bounds: `2021` is 2021-01-01 to 2021-12-31,
 * `2021-08` is 2021-08-01 to 2021-08-31, a day is itself, and `before 2024-07-09` (an event a
 * source calls recent, bounded by the source's own date) has no start and ends on that day. A
 * spreadsheet then reads every date the same way, and nothing is more precise than the source.
 */
export function dateBounds(value: string): DateBounds {
  const before = /^before (\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const exact = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const [, y, m, d] = before ?? exact ?? [];
  const year = Number(y);
  const month = m === undefined ? undefined : Number(m);
  const day = d === undefined ? undefined : Number(d);
  const valid =
    y !== undefined &&
    (month === undefined || (month >= 1 && month <= 12)) &&
    (day === undefined || (month !== undefined && day >= 1 && day <= daysIn(year, month)));
  if (!valid) throw new Error(`not a timeline date (YYYY, YYYY-MM, YYYY-MM-DD or "before YYYY-MM-DD"): ${value}`);
  if (before) return { start: "", end: `${y}-${pad(month ?? 0)}-${pad(day ?? 0)}`, precision: "before" };
  if (month === undefined) return { start: `${y}-01-01`, end: `${y}-12-31`, precision: "year" };
  if (day === undefined) {
    return {
      start: `${y}-${pad(month)}-01`,
      end: `${y}-${pad(month)}-${pad(daysIn(year, month))}`,
      precision: "month",
    };
  }
  return { start: value, end: value, precision: "day" };
}
