import { createHash } from "node:crypto";
import { isoDate } from "./dates.ts";

/** What every data file says about the release it belongs to. */
export interface DataRelease {
  /** `2026-11-22.1f3a9c2e`: the release date, then a fingerprint of the data. */
  version: string;
  /** The release date (YYYY-MM-DD): the latest review or correction of the content. */
  date: string;
}

/**
 * A release of the data files, worked out from the content alone so that the same commit always
 * builds the same files: dated by the latest of `dates` (reviews and corrections), and versioned by
 * that date and a fingerprint of `content`, so that any change to the data changes the version
 * even on the same day.
 */
export function dataRelease(content: unknown, dates: readonly Date[]): DataRelease {
  if (dates.length === 0) throw new Error("a data release needs at least one date");
  const date = isoDate(new Date(Math.max(...dates.map((day) => day.getTime()))));
  const fingerprint = createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 8);
  return { version: `${date}.${fingerprint}`, date };
}
