import { expect, test } from "vitest";
import { formatAccessDate, markAccessDate } from "~/lib/citation/access-date";
import { formatReferences } from "~/lib/citation/format";

// The first formatting in a run compiles four CSL styles, which takes seconds on a busy machine.
test("the stand-in date in a formatted reference becomes a marked placeholder", { timeout: 30_000 }, () => {
  const [harvard] = formatReferences({
    id: "x",
    type: "webpage",
    title: "A page",
    "container-title": "A site",
    issued: { "date-parts": [[2026, 11, 22]] },
    accessed: { "date-parts": [[2099, 12, 31]] },
    URL: "https://example.org/",
  }).filter((reference) => reference.style === "harvard-cite-them-right");
  const marked = markAccessDate(harvard?.reference ?? "");
  expect(marked).toContain('(Accessed: <span data-accessed="day-month-year">[date you accessed it]</span>)');
  expect(marked).not.toContain("2099");
});

test("today's date is written the way each style writes dates", () => {
  const date = new Date(2026, 8, 5);
  expect(formatAccessDate(date, "day-month-year")).toBe("5 September 2026");
  expect(formatAccessDate(date, "day-mon-year")).toBe("5 Sept. 2026");
  expect(formatAccessDate(date, "month-day-year")).toBe("September 5, 2026");
  expect(formatAccessDate(date, "iso")).toBe("2026-09-05");
});
