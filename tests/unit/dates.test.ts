import { expect, test } from "vitest";
import { formatDate, formatPartialDate } from "~/lib/dates";

test("a partial date is shown no more precisely than it is written", () => {
  expect(formatPartialDate("2021")).toBe("2021");
  expect(formatPartialDate("2021-08")).toBe("August 2021");
  expect(formatPartialDate("2024-03-07")).toBe("7 March 2024");
});

test("dates are written the British way and do not depend on the machine's time zone", () => {
  expect(formatDate(new Date("2024-10-08T14:35:21+01:00"))).toBe("8 October 2024");
});
