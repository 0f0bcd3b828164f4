import { mdxToJs } from "satteri";
import { describe, expect, test } from "vitest";
import { stackedTables } from "~/lib/markdown/stacked-tables";

describe("stackedTables", () => {
  test("labels each body cell with its column's header, and keeps the table's roles for a card layout", () => {
    const { code } = mdxToJs("| Theme | Bacha | TaT |\n| --- | --- | --- |\n| Focus | Region | UK |\n", {
      hastPlugins: [stackedTables],
    });
    const flat = code.replace(/\s+/g, " ");
    expect(flat).toContain('_components.table, { role: "table", className: "stacked-table"');
    expect(flat).toContain('_components.th, { role: "columnheader", children: "Theme" }');
    expect(flat).toContain('_components.td, { role: "rowheader", children: "Focus" }');
    expect(flat).toContain('_components.td, { role: "cell", "data-label": "Bacha", children: "Region" }');
    expect(flat).toContain('_components.td, { role: "cell", "data-label": "TaT", children: "UK" }');
  });
});
