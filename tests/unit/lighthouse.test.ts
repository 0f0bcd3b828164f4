import { describe, expect, test } from "vitest";
import {
  failedAudits,
  failingCategories,
  formatTable,
  pagesToAudit,
  pageTypeOf,
  scoresOf,
  selectPages,
  runAgain,
  bestRun,
  type AuditRow,
  type LighthouseResult,
  type Scores,
} from "../../scripts/lib/lighthouse.ts";

const perfect: Scores = { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 };

describe("page types", () => {
  test("a page's type is home, 404, its section, or its section in the singular", () => {
    expect(pageTypeOf("/")).toBe("home");
    expect(pageTypeOf("/404.html")).toBe("404");
    expect(pageTypeOf("/timeline/")).toBe("timeline");
    expect(pageTypeOf("/articles/")).toBe("articles");
    expect(pageTypeOf("/articles/what-is-iskp/")).toBe("article");
    expect(pageTypeOf("/sources/bacha-2024/")).toBe("source");
    expect(pageTypeOf("/print/")).toBe("print");
    expect(pageTypeOf("/print/1/")).toBe("print-page");
  });

  test("one page per type, the largest, home first and 404 last; a new section joins by itself", () => {
    const pages = pagesToAudit([
      { path: "/404.html", bytes: 10 },
      { path: "/timeline/", bytes: 10 },
      { path: "/articles/short/", bytes: 100 },
      { path: "/articles/long/", bytes: 900 },
      { path: "/map/", bytes: 10 },
      { path: "/", bytes: 10 },
    ]);
    expect(pages).toEqual([
      { type: "home", path: "/" },
      { type: "article", path: "/articles/long/" },
      { type: "map", path: "/map/" },
      { type: "timeline", path: "/timeline/" },
      { type: "404", path: "/404.html" },
    ]);
  });

  test("--pages picks types by name, and an unknown name lists the ones there are", () => {
    const pages = pagesToAudit([
      { path: "/", bytes: 1 },
      { path: "/articles/a/", bytes: 1 },
      { path: "/timeline/", bytes: 1 },
    ]);
    expect(selectPages(pages, ["article", "home"]).map((page) => page.type)).toEqual(["home", "article"]);
    expect(selectPages(pages, [])).toHaveLength(3);
    expect(() => selectPages(pages, ["artcle"])).toThrow(/artcle.*home, article, timeline/);
  });
});

const result = (overrides: Partial<LighthouseResult> = {}): LighthouseResult => ({
  categories: {
    performance: {
      score: 0.99,
      auditRefs: [
        { id: "cumulative-layout-shift", weight: 25 },
        { id: "total-blocking-time", weight: 30 },
        { id: "layout-shifts", weight: 0 },
      ],
    },
    accessibility: {
      score: 0.96,
      auditRefs: [
        { id: "image-alt", weight: 10 },
        { id: "color-contrast", weight: 7 },
      ],
    },
    "best-practices": { score: 1, auditRefs: [] },
    seo: { score: 1, auditRefs: [] },
  },
  audits: {
    "cumulative-layout-shift": { title: "Cumulative Layout Shift", score: 0.97, displayValue: "0.07" },
    "total-blocking-time": { title: "Total Blocking Time", score: 1, displayValue: "0 ms" },
    "layout-shifts": {
      title: "Avoid large layout shifts",
      score: 0,
      details: { items: [{ node: { selector: "main > div.mt-8", snippet: '<div class="mt-8">' } }] },
    },
    "image-alt": {
      title: "Image elements do not have [alt] attributes",
      score: 0,
      details: {
        items: Array.from({ length: 7 }, (_, i) => ({ node: { selector: `img:nth-of-type(${i + 1})` } })),
      },
    },
    "color-contrast": { title: "Background and foreground colors have a sufficient contrast ratio", score: 1 },
  },
  ...overrides,
});

describe("scores", () => {
  test("scores read as Lighthouse shows them, out of 100; a missing category has none", () => {
    expect(scoresOf(result())).toEqual({ performance: 99, accessibility: 96, "best-practices": 100, seo: 100 });
    expect(scoresOf({ categories: {}, audits: {} }).performance).toBeNull();
  });

  test("every category must reach 100; one without a score fails", () => {
    expect(failingCategories(perfect)).toEqual([]);
    expect(failingCategories({ ...perfect, seo: 99 })).toEqual(["seo"]);
    expect(failingCategories({ ...perfect, performance: null })).toEqual(["performance"]);
  });

  test("a failing category lists the weighted audits that cost it points, with the elements involved", () => {
    const [shift, ...others] = failedAudits(result(), "performance");
    expect(others).toEqual([]);
    expect(shift).toMatchObject({ id: "cumulative-layout-shift", displayValue: "0.07" });
    // A metric names no element itself: the layout-shift audit of the same run says what moved.
    expect(shift?.elements).toEqual(['main > div.mt-8  <div class="mt-8">']);
  });

  test("an audit names at most five elements and says how many more there are", () => {
    const [images] = failedAudits(result(), "accessibility");
    expect(images?.title).toBe("Image elements do not have [alt] attributes");
    expect(images?.elements).toHaveLength(6);
    expect(images?.elements.at(-1)).toBe("… and 2 more");
  });
});

test("a page short of 100 in performance runs again, three runs at most, and keeps its best run", () => {
  expect(runAgain({ ...perfect, performance: 98 }, 1)).toBe(true);
  expect(runAgain({ ...perfect, performance: 98 }, 3)).toBe(false);
  expect(runAgain(perfect, 1)).toBe(false);
  // Accessibility, best practices and SEO do not depend on the machine: another run would agree.
  expect(runAgain({ ...perfect, accessibility: 90 }, 1)).toBe(false);
  const run = (i: number, performance: number) => ({ i, scores: { ...perfect, performance } });
  expect(bestRun([run(0, 98), run(1, 100), run(2, 99)]).i).toBe(1);
  expect(bestRun([run(0, 97), run(1, 97)]).i).toBe(0);
});

test("the table lines up each column under its heading and marks every score under 100", () => {
  const rows: AuditRow[] = [
    { type: "home", path: "/", scores: perfect, benchmarkIndex: 1520.5, runs: 1, seconds: 9.04 },
    {
      type: "recommendations",
      path: "/recommendations/",
      scores: { ...perfect, performance: 99 },
      benchmarkIndex: 640,
      runs: 3,
      seconds: 31.2,
    },
  ];
  const [heading = "", rule = "", ...lines] = formatTable(rows).split("\n");
  expect(lines).toHaveLength(2);
  expect(rule).toMatch(/^[- ]+$/);
  // Numbers align right: each row's performance figure ends where the heading does.
  const end = heading.indexOf("performance") + "performance".length;
  expect(lines[0]?.slice(0, end).endsWith(" 100")).toBe(true);
  expect(lines[1]?.slice(0, end).endsWith(" 99 ✗")).toBe(true);
  expect(lines[1]).toContain("31.2 s");
  expect(lines[0]).toContain("1521");
});
