let last = 0;

/**
 * A fresh id for an element that a component renders many times on one page (HTML ids must be
 * unique). Counting across the whole build keeps it unique on every page, and the same build
 * always produces the same ids.
 */
export function nextId(prefix: string): string {
  last += 1;
  return `${prefix}-${last}`;
}
