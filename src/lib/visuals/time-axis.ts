/**
 * Lays out the timeline graphic: one lane per kind of event, a proportional time scale with a label
 * for each year, and each event drawn over the period its date names: a point for an exact day, a
 * bar for a month or a year. A vague date is never drawn as if it were precise.
 */

/** How precisely a date is known: a day, a month, a year, or only that it was before a day. */
export type Precision = "year" | "month" | "day" | "before";

/** An event as the graphic needs it. */
export interface AxisEvent {
  id: string;
  /** ISO 8601 partial date (`2021`, `2021-08`, `2024-03-07`) or a bound (`before 2024-07-09`). */
  date: string;
  kind: string;
}

export interface AxisMark {
  id: string;
  kind: string;
  precision: Precision;
  /**
   * Left and right edges of the period, in graphic units; equal for an exact day. A bound runs
   * from the start of the axis to its day: all that is known is that it came before.
   */
  x0: number;
  x1: number;
  /** Centre line of the mark. */
  y: number;
}

export interface AxisLayout {
  width: number;
  height: number;
  /** Where the plot starts and ends horizontally (lane labels sit to the left). */
  left: number;
  right: number;
  years: { year: number; x: number; next: number }[];
  lanes: { kind: string; top: number; bottom: number }[];
  marks: AxisMark[];
  /** The baseline the year labels hang from. */
  axisY: number;
}

export interface AxisOptions {
  width: number;
  /** Room for the lane labels. */
  labelWidth: number;
  /** Height of one row of marks; a lane has as many rows as overlapping marks need. */
  rowHeight: number;
  /** Space under the lanes for year labels. */
  axisHeight: number;
  /** Marks closer than this (in units) go on separate rows, so none hides another. */
  minGap: number;
}

const DAY = 86_400_000;

/**
 * The period a date names, as [start, end) in milliseconds, and how precise it is. A bound
 * (`before 2024-07-09`) has no start: it ends where its day begins.
 */
export function periodOf(date: string): { start: number; end: number; precision: Precision } {
  const bound = /^before (\d{4}-\d{2}-\d{2})$/.exec(date)?.[1];
  if (bound !== undefined) return { start: Number.NEGATIVE_INFINITY, end: periodOf(bound).start, precision: "before" };
  const [year, month, day] = date.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`not a partial date: ${date}`);
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: "year" };
  if (day === undefined) {
    return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1), precision: "month" };
  }
  const start = Date.UTC(year, month - 1, day);
  return { start, end: start + DAY, precision: "day" };
}

/** Lays out `events` (in any order) in lanes for `kinds`, in the order given. */
export function layoutTimeAxis(events: AxisEvent[], kinds: readonly string[], options: AxisOptions): AxisLayout {
  if (events.length === 0) throw new Error("the timeline graphic needs at least one event");
  const periods = events.map((event) => ({ event, ...periodOf(event.date) }));
  const firstYear = Math.min(
    ...periods.map((p) => new Date(Number.isFinite(p.start) ? p.start : p.end - 1).getUTCFullYear()),
  );
  const lastYear = Math.max(...periods.map((p) => new Date(p.end - 1).getUTCFullYear()));
  const t0 = Date.UTC(firstYear, 0, 1);
  const t1 = Date.UTC(lastYear + 1, 0, 1);
  const left = options.labelWidth;
  const right = options.width - 8;
  const x = (t: number) => left + ((Math.max(t, t0) - t0) / (t1 - t0)) * (right - left);

  const years = [];
  for (let year = firstYear; year <= lastYear; year++) {
    years.push({ year, x: x(Date.UTC(year, 0, 1)), next: x(Date.UTC(year + 1, 0, 1)) });
  }

  const marks: AxisMark[] = [];
  const lanes: AxisLayout["lanes"] = [];
  let top = 0;
  for (const kind of kinds) {
    const inLane = periods
      .filter((p) => p.event.kind === kind)
      .sort((a, b) => a.start - b.start || b.end - a.end || a.event.id.localeCompare(b.event.id));
    // Greedy interval packing: each mark takes the first row whose last mark ends far enough left.
    const rowEnds: number[] = [];
    const placed = inLane.map((p) => {
      const x0 = x(p.start);
      const x1 = p.precision === "day" ? x0 : x(p.end);
      let row = rowEnds.findIndex((end) => x0 - end >= options.minGap);
      if (row === -1) row = rowEnds.push(x1) - 1;
      else rowEnds[row] = x1;
      return { p, x0, x1, row };
    });
    const rows = Math.max(1, rowEnds.length);
    for (const { p, x0, x1, row } of placed) {
      marks.push({
        id: p.event.id,
        kind,
        precision: p.precision,
        x0,
        x1,
        y: top + options.rowHeight * (row + 0.5),
      });
    }
    lanes.push({ kind, top, bottom: top + rows * options.rowHeight });
    top += rows * options.rowHeight;
  }
  return {
    width: options.width,
    height: top + options.axisHeight,
    left,
    right,
    years,
    lanes,
    marks,
    axisY: top,
  };
}
