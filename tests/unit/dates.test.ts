import { expect, test } from "vitest";
import { endOfPeriod, formatDate, formatPartialDate } from "~/lib/dates";

test("a partial date is shown no more precisely than it is written", () => {
  expect(formatPartialDate("2021")).toBe("2021");
  expect(formatPartialDate("2021-08")).toBe("August 2021");
  expect(formatPartialDate("2024-03-07")).toBe("7 March 2024");
});

test("dates are written the British way and do not depend on the machine's time zone", () => {
  expect(formatDate(new Date("2024-10-08T14:35:21+01:00"))).toBe("8 October 2024");
});

test("a month or a year sorts after the exact dates within it", () => {
  expect(endOfPeriod("2024")).toBe("2024-12-31");
  expect(endOfPeriod("2024-02")).toBe("2024-02-29");
  expect(endOfPeriod("2024-03-07")).toBe("2024-03-07");
  expect(["2024-03", "2024-03-07"].sort((a, b) => endOfPeriod(a).localeCompare(endOfPeriod(b)))).toEqual([
    "2024-03-07",
    "2024-03",
  ]);
});
