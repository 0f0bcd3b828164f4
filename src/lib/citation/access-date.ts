/**
 * Access dates. A reference is formatted at build time, but the date a reader accessed the page is
 * only known in their browser. So references are formatted with a stand-in date, which is then
 * marked in the output with how the style wrote it; a script writes today's date in the same form,
 * and without JavaScript the reader sees a clear placeholder.
 */
import { MONTHS } from "../dates.ts";

export const STAND_IN: [[number, number, number]] = [[2099, 12, 31]];

/** How styles write a date, keyed by how they write the stand-in. */
const FORMS = {
  "31 December 2099": "day-month-year",
  "31 Dec. 2099": "day-mon-year",
  "December 31, 2099": "month-day-year",
  "2099-12-31": "iso",
} as const;

export type DateForm = (typeof FORMS)[keyof typeof FORMS];

export const PLACEHOLDER = "[date you accessed it]";

/** Replaces the stand-in date in formatted HTML with a marked placeholder. */
export function markAccessDate(html: string): string {
  let result = html;
  for (const [written, form] of Object.entries(FORMS)) {
    result = result.replaceAll(written, `<span data-accessed="${form}">${PLACEHOLDER}</span>`);
  }
  return result;
}

// MLA abbreviates months of more than four letters.
const MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** Writes `date` the way a style wrote its access date. */
export function formatAccessDate(date: Date, form: DateForm): string {
  const day = date.getDate();
  const month = date.getMonth();
  const year = date.getFullYear();
  switch (form) {
    case "day-month-year":
      return `${day} ${MONTHS[month] ?? ""} ${year}`;
    case "day-mon-year":
      return `${day} ${MLA_MONTHS[month] ?? ""} ${year}`;
    case "month-day-year":
      return `${MONTHS[month] ?? ""} ${day}, ${year}`;
    case "iso":
      return `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
}
