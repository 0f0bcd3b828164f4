import { expect, test } from "vitest";
import { dateBounds, eventSortKey, formatDate, formatPartialDate } from "~/lib/dates";

test("a partial date is shown no more precisely than it is written", () => {
  expect(formatPartialDate("2021")).toBe("2021");
  expect(formatPartialDate("2021-08")).toBe("August 2021");
  expect(formatPartialDate("2024-03-07")).toBe("7 March 2024");
});

test("dates are written the British way and do not depend on the machine's time zone", () => {
  expect(formatDate(new Date("2024-10-08T14:35:21+01:00"))).toBe("8 October 2024");
});

test("a month or a year sorts after the exact dates within it, and a bound just before its day", () => {
  const dates = ["2024", "before 2024-07-09", "2024-03", "2024-07-09", "2024-03-07", "2023"];
  expect(dates.sort((a, b) => eventSortKey(a).localeCompare(eventSortKey(b)))).toEqual([
    "2023",
    "2024-03-07",
    "2024-03",
    "before 2024-07-09",
    "2024-07-09",
    "2024",
  ]);
});

test("a bound is shown as a bound", () => {
  expect(formatPartialDate("before 2024-07-09")).toBe("before 9 July 2024");
});

test("a year, a month and a day become the first and last day they may be", () => {
  expect(dateBounds("2021")).toEqual({ start: "2021-01-01", end: "2021-12-31", precision: "year" });
  expect(dateBounds("2021-08")).toEqual({ start: "2021-08-01", end: "2021-08-31", precision: "month" });
  expect(dateBounds("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29", precision: "month" });
  expect(dateBounds("2023-02")).toEqual({ start: "2023-02-01", end: "2023-02-28", precision: "month" });
  expect(dateBounds("2024-03-07")).toEqual({ start: "2024-03-07", end: "2024-03-07", precision: "day" });
});

test("an event known only to have come before a day has no start, and ends on that day", () => {
  expect(dateBounds("before 2024-07-09")).toEqual({ start: "", end: "2024-07-09", precision: "before" });
});

test("anything that is not a real date of one of those forms is refused", () => {
  for (const value of [
    "",
    "24",
    "2021-13",
    "2021-02-30",
    "2021-8",
    "before 2024",
    "before 2024-07",
    "after 2024-07-09",
  ]) {
    expect(() => dateBounds(value), value).toThrow(/not a timeline date/);
  }
});
