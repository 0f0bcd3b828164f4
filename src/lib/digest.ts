import { createHash } from "node:crypto";

/**
 * A short fingerprint of a value: equal for equal data, different (in practice) for any change.
 * Pages give one to Astro's incremental build as their `cacheKey`, so that a page is rendered
 * again exactly when the data it shows has changed. Sets and maps count by their entries; dates
 * by the instant they name.
 */
export function digest(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Set || item instanceof Map ? [...(item as Iterable<unknown>)] : item,
  );
  return createHash("sha256").update(json).digest("base64url");
}
