/**
 * The Lighthouse gate: which pages stand for the site's page types, what counts as passing, and
 * how the results read in a terminal. `scripts/audit.ts` runs Lighthouse; this module only reads
 * its results, so it needs no browser to test.
 */

/** The four categories every page type must score 100 in, in the order the table shows them. */
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** The score every category must reach. */
export const THRESHOLD = 100;

/** A page of the built site: its URL path and the size of its HTML in bytes. */
export interface BuiltPage {
  path: string;
  bytes: number;
}

/** A page type and the URL path of the page audited for it. */
export interface PageToAudit {
  type: string;
  path: string;
}

/**
 * The page type of a URL path: `home`, `404`, a section's index by its name (`timeline`,
 * `articles`), and a page inside a section by the section's name in the singular (`article`,
 * `source`), or `<section>-page` when the name has no plural (`print-page` for a print volume).
 */
export function pageTypeOf(path: string): string {
  if (path === "/") return "home";
  if (path === "/404.html") return "404";
  const [section = "", ...rest] = path.split("/").filter(Boolean);
  if (rest.length === 0) return section;
  const singular = section.replace(/s$/, "");
  // A section whose name has no plural (print) must not give its pages the index's type.
  return singular === section ? `${section}-page` : singular;
}

/**
 * One page per page type, so the gate follows the site as it grows: for each type, its largest
 * page, the one likeliest to miss the performance bar. Home first, 404 last, the rest by name.
 * The 404 page is audited at its own address, /404.html: what the site ships is its markup; the
 * 404 status comes from the host (Lighthouse would refuse the page, and SEO would fail it, for
 * the status alone).
 */
export function pagesToAudit(pages: readonly BuiltPage[]): PageToAudit[] {
  const largest = new Map<string, BuiltPage>();
  for (const page of pages) {
    const type = pageTypeOf(page.path);
    const current = largest.get(type);
    if (!current || page.bytes > current.bytes || (page.bytes === current.bytes && page.path < current.path)) {
      largest.set(type, page);
    }
  }
  const rank = (type: string) => (type === "home" ? 0 : type === "404" ? 2 : 1);
  return [...largest]
    .map(([type, page]) => ({ type, path: page.path }))
    .sort((a, b) => rank(a.type) - rank(b.type) || a.type.localeCompare(b.type));
}

/** The pages whose types are named in `wanted`; every type when `wanted` is empty. */
export function selectPages(pages: readonly PageToAudit[], wanted: readonly string[]): PageToAudit[] {
  const unknown = wanted.filter((type) => !pages.some((page) => page.type === type));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown page type ${unknown.join(", ")}; the site has: ${pages.map((page) => page.type).join(", ")}.`,
    );
  }
  return wanted.length === 0 ? [...pages] : pages.filter((page) => wanted.includes(page.type));
}

/** The parts of a Lighthouse result (LHR) the gate reads. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      title: string;
      score: number | null;
      displayValue?: string | undefined;
      /** A table or list of what the audit found (`items`), or another shape the gate does not read. */
      details?: unknown;
    }
  >;
}

/** Scores out of 100 by category, as Lighthouse shows them; null when Lighthouse gave none. */
export type Scores = Record<Category, number | null>;

export function scoresOf(result: LighthouseResult): Scores {
  const score = (category: Category) => {
    const value = result.categories[category]?.score;
    return value === undefined || value === null ? null : Math.round(value * 100);
  };
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
  };
}

/** The categories under the threshold; a category without a score fails too. */
export function failingCategories(scores: Scores): Category[] {
  return CATEGORIES.filter((category) => (scores[category] ?? 0) < THRESHOLD);
}

/** An audit that cost a category points, with what it found. */
export interface FailedAudit {
  id: string;
  title: string;
  displayValue?: string;
  /** The elements or resources involved: an element's selector and HTML, or a URL. */
  elements: string[];
}

const MAX_ELEMENTS = 5;

/**
 * A performance metric reports a time, not its cause: these audits of the same run name the
 * elements or files behind each metric (they carry no weight, so they are not failures themselves).
 */
export const CULPRITS: Readonly<Record<string, string>> = {
  "first-contentful-paint": "render-blocking-insight",
  "speed-index": "render-blocking-insight",
  "largest-contentful-paint": "lcp-breakdown-insight",
  "total-blocking-time": "long-tasks",
  "cumulative-layout-shift": "layout-shifts",
};

function describeItem(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const { type, node, url, source, duration } = item as Record<string, unknown>;
  if (type === "node") return describeItem({ node: item });
  if (typeof node === "object" && node !== null) {
    const { selector, snippet } = node as Record<string, unknown>;
    return [selector, snippet].filter((part) => typeof part === "string").join("  ");
  }
  const where =
    typeof url === "string"
      ? url
      : typeof source === "object" && source !== null
        ? (source as Record<string, unknown>)["url"]
        : undefined;
  if (typeof where !== "string") return undefined;
  return typeof duration === "number" ? `${where} (${Math.round(duration)} ms)` : where;
}

function elementsOf(audit: LighthouseResult["audits"][string] | undefined): string[] {
  const items = (audit?.details as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? items.map(describeItem).filter((text) => text !== undefined) : [];
}

/**
 * The weighted audits of a category that did not get full marks: the ones that pulled its score
 * down, each with up to five of the elements it or its culprit audit names.
 */
export function failedAudits(result: LighthouseResult, category: Category): FailedAudit[] {
  return (result.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .flatMap((ref) => {
      const audit = result.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) return [];
      const culprit = CULPRITS[ref.id];
      const described = [...elementsOf(audit), ...(culprit ? elementsOf(result.audits[culprit]) : [])];
      const more = described.length > MAX_ELEMENTS ? [`… and ${described.length - MAX_ELEMENTS} more`] : [];
      return [
        {
          id: ref.id,
          title: audit.title,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
          elements: [...described.slice(0, MAX_ELEMENTS), ...more],
        },
      ];
    });
}

/**
 * The benchmark index below which Lighthouse itself warns that the host is slower than its CPU
 * throttling assumes (`SLOW_CPU_BENCHMARK_INDEX_THRESHOLD` in its `gather/driver/environment.js`).
 */
export const SLOW_HOST = 1000;

/**
 * How many times a page is run at most. The mobile preset simulates a phone by multiplying the
 * time each task took on this machine by four, so other processes competing for the CPU can only
 * make a page look slower, never faster; Lighthouse's benchmark index, taken before the page
 * loads, does not tell a disturbed run from a clean one. A page short of 100 in performance is
 * therefore run again and keeps its best run: a page that is slow fails every run.
 */
export const MAX_RUNS = 3;

/** Whether to run a page again: its performance fell short and it has runs left. */
export function runAgain(scores: Scores, runs: number): boolean {
  return (scores.performance ?? 0) < THRESHOLD && runs < MAX_RUNS;
}

/** Of several runs of a page, the one with the best performance (the first of equals). */
export function bestRun<T extends { scores: Scores }>(runs: readonly [T, ...T[]]): T {
  return runs.reduce((best, run) => ((run.scores.performance ?? 0) > (best.scores.performance ?? 0) ? run : best));
}

/** One row of the table: a page, its scores, the host's benchmark index and the time taken. */
export interface AuditRow {
  type: string;
  path: string;
  scores: Scores;
  benchmarkIndex: number;
  /** How many runs the page took: more than one when its performance fell short of 100 at first. */
  runs: number;
  seconds: number;
}

const HEADINGS = ["page", "path", ...CATEGORIES, "benchmark", "runs", "time"];

/** The results as a plain-text table, one row per page, columns aligned, failing scores marked. */
export function formatTable(rows: readonly AuditRow[]): string {
  const cells = rows.map((row) => [
    row.type,
    row.path,
    ...CATEGORIES.map((category) => {
      const score = row.scores[category];
      return score === null ? "error ✗" : score < THRESHOLD ? `${score} ✗` : `${score}`;
    }),
    `${Math.round(row.benchmarkIndex)}`,
    `${row.runs}`,
    `${row.seconds.toFixed(1)} s`,
  ]);
  const widths = HEADINGS.map((heading, column) =>
    Math.max(heading.length, ...cells.map((line) => (line[column] ?? "").length)),
  );
  // Text columns align left, numbers right, as in any table of figures.
  const pad = (text: string, column: number) =>
    column < 2 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0);
  const line = (texts: readonly string[]) => texts.map(pad).join("  ").trimEnd();
  return [line(HEADINGS), line(widths.map((width) => "-".repeat(width))), ...cells.map(line)].join("\n");
}
