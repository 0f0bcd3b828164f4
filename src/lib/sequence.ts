const counters = new WeakMap<object, number>();

/**
 * A fresh id for an element that a component renders many times on one page (HTML ids must be
 * unique). Counted per page (`page` is anything one page's components share, such as
 * `Astro.request`), so a page's ids depend on that page alone: the same page gets the same ids
 * whether or not others were rendered before it, as an incremental build needs.
 */
export function nextId(page: object, prefix: string): string {
  const last = (counters.get(page) ?? 0) + 1;
  counters.set(page, last);
  return `${prefix}-${last}`;
}
