import { z } from "astro/zod";

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a period that exists (no 31 February). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || Number.isNaN(year)) return false;
  if (month === undefined || Number.isNaN(month)) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined || Number.isNaN(day)) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO 8601 date only as precise as the source: `2021`, `2021-08` or `2024-03-07`, and a real one. */
export const partialDateSchema = z
  .string()
  .refine(isPartialDate, "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (no 31 February)");

/**
 * A calendar day (`2026-11-22`), or a date and time (`2024-10-08T14:35:21+01:00`), that exists.
 * Written as a string, it is checked before it becomes a Date, so `2021-02-31` is refused rather
 * than rolled over to 3 March. A Date object (from a YAML parser that makes them) is taken as is.
 */
export const calendarDateSchema = z
  .union([z.date(), z.string()])
  .refine(
    (value) =>
      value instanceof Date ||
      (/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(value) && isPartialDate(value.slice(0, 10))),
    "must be a real date written YYYY-MM-DD (no 31 February)",
  )
  .transform((value) => (value instanceof Date ? value : new Date(value)));

/**
 * When an event happened, as precisely as its source says: a partial date (`2021-08`), or, for an
 * event a source calls "recent", a bound worked out from the source's own date: `before 2024-07-09`
 * (no invented day, month or year).
 */
export const eventDateSchema = z
  .string()
  .refine(
    (value) => isPartialDate(value) || (/^before \d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value.slice(7))),
    "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, or a bound written “before YYYY-MM-DD”",
  );
