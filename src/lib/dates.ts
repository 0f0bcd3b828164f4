const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `9 July 2024`: dates as British readers write them, fixed to UTC so builds are reproducible. */
export function formatDate(date: Date): string {
  return LONG.format(date);
}

/** `2024-07-09`, for `<time datetime>` and machine-readable data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
