import { defineHastPlugin } from "satteri";

interface Node {
  type: string;
  tagName?: string;
  children?: Node[];
}

/** The role each part of a table keeps; a body cell is a row header (first column) or a cell. */
const ROLES: Record<string, string> = { table: "table", tr: "row", th: "columnheader" };

/** The elements among `nodes`, in order. */
const elements = (nodes: readonly Node[] | undefined) => (nodes ?? []).filter((node) => node.type === "element");

/**
 * On a phone a table of three columns leaves a word or two a line, so article tables are shown
 * there as one card per row (CSS in global.css). This gives each body cell the header of its
 * column as `data-label`, which the card shows before it, and puts back the table roles that a
 * browser drops when table parts are displayed as blocks, so a screen reader still reads a table.
 */
export const stackedTables = defineHastPlugin({
  name: "stacked-tables",
  element: {
    filter: ["table", "tr", "th", "td"],
    visit(node, ctx) {
      const { tagName } = node as unknown as Node;
      // A body cell's column is the number of cells before it in its row.
      const row = tagName === "td" ? (ctx.parent(node) as unknown as Node | undefined) : undefined;
      const column = elements((row?.children ?? []).slice(0, ctx.indexOf(node) ?? 0)).length;
      const role = ROLES[tagName ?? ""] ?? (column === 0 ? "rowheader" : "cell");
      ctx.setProperty(node, "role", role);
      if (tagName === "table") ctx.setProperty(node, "className", ["stacked-table"]);
      if (role !== "cell") return;
      const body = row && (ctx.parent(row as never) as unknown as Node | undefined);
      const table = body && (ctx.parent(body as never) as unknown as Node | undefined);
      const head = elements(table?.children).find((child) => child.tagName === "thead");
      const header = elements(elements(head?.children)[0]?.children)[column];
      if (header) ctx.setProperty(node, "dataLabel", ctx.textContent(header as never).trim());
    },
  },
});
