import { describe, expect, test } from "vitest";
import { layoutTimeAxis, periodOf } from "../../src/lib/visuals/time-axis";

const options = { width: 500, labelWidth: 100, rowHeight: 30, axisHeight: 20, minGap: 20 };

describe("periodOf", () => {
  test("a year, a month and a day each cover the period they name, and say how precise they are", () => {
    expect(periodOf("2024")).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1), precision: "year" });
    expect(periodOf("2024-02")).toEqual({ start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 1), precision: "month" });
    expect(periodOf("2024-03-07").precision).toBe("day");
  });
  test("rejects what is not a partial date", () => {
    expect(() => periodOf("March")).toThrow(/not a partial date/);
  });
});

describe("layoutTimeAxis", () => {
  const events = [
    { id: "a", date: "2021-08", kind: "attack" },
    { id: "b", date: "2022", kind: "publication" },
    { id: "c", date: "2022-07-02", kind: "publication" },
  ];
  const layout = layoutTimeAxis(events, ["attack", "warning", "publication"], options);

  test("labels every year from the first event's to the last's, on a proportional scale", () => {
    expect(layout.years.map((year) => year.year)).toEqual([2021, 2022]);
    const [first, second] = layout.years;
    expect(second?.x).toBeCloseTo(((first?.x ?? 0) + layout.right) / 2, 0);
    // 2 July is the middle of a year, give or take a day.
    const c = layout.marks.find((mark) => mark.id === "c");
    expect(c?.x0).toBeCloseTo(((second?.x ?? 0) + layout.right) / 2, 0);
  });

  test("draws a vague date across the whole period it names, and an exact day as a point", () => {
    const b = layout.marks.find((mark) => mark.id === "b");
    expect(b?.precision).toBe("year");
    expect(b?.x0).toBeCloseTo(layout.years[1]?.x ?? 0);
    expect(b?.x1).toBeCloseTo(layout.right);
    const c = layout.marks.find((mark) => mark.id === "c");
    expect(c?.x1).toBe(c?.x0);
  });

  test("keeps one lane per kind in the order given, even an empty one, and one mark per event", () => {
    expect(layout.lanes.map((lane) => lane.kind)).toEqual(["attack", "warning", "publication"]);
    expect(layout.marks.map((mark) => mark.id).sort()).toEqual(["a", "b", "c"]);
    for (const mark of layout.marks) {
      const lane = layout.lanes.find((candidate) => candidate.kind === mark.kind);
      expect(mark.y).toBeGreaterThan(lane?.top ?? Infinity);
      expect(mark.y).toBeLessThan(lane?.bottom ?? -Infinity);
    }
  });

  test("puts marks that would overlap in one lane on separate rows", () => {
    const b = layout.marks.find((mark) => mark.id === "b");
    const c = layout.marks.find((mark) => mark.id === "c");
    expect(b?.y).not.toBe(c?.y);
    const publication = layout.lanes.find((lane) => lane.kind === "publication");
    expect((publication?.bottom ?? 0) - (publication?.top ?? 0)).toBe(2 * options.rowHeight);
  });

  test("refuses to draw nothing", () => {
    expect(() => layoutTimeAxis([], ["attack"], options)).toThrow(/at least one event/);
  });
});
