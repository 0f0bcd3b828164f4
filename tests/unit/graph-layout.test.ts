import { describe, expect, test } from "vitest";
import { layoutGraph, shortName, wrapLabel } from "../../src/lib/visuals/graph-layout";

describe("shortName", () => {
  test("uses an acronym given in brackets, and drops any other aside", () => {
    expect(shortName("Islamic State Khorasan Province (ISKP)")).toBe("ISKP");
    expect(shortName("Sanaullah Ghafari (Shahab al-Muhajir)")).toBe("Sanaullah Ghafari");
    expect(shortName("Afghan Taliban")).toBe("Afghan Taliban");
  });
});

describe("wrapLabel", () => {
  test("breaks at spaces into lines no longer than asked, keeping every word", () => {
    const lines = wrapLabel("Al Azaim Foundation for Media Production", 20);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.join(" ")).toBe("Al Azaim Foundation for Media Production");
  });
});

describe("layoutGraph", () => {
  const nodes = [
    { id: "a", label: "Alpha" },
    { id: "b", label: "Beta group with a long name" },
    { id: "c", label: "Gamma" },
  ];
  const edges = [
    { id: "a-b", from: "a", to: "b", label: "opposes" },
    { id: "c-b", from: "c", to: "b", label: "harbours" },
    { id: "a-c", from: "a", to: "c", label: "warned" },
  ];
  const options = { fontSize: 14, edgeFontSize: 12, direction: "TB" } as const;
  const layout = layoutGraph(nodes, edges, options);

  test("gives every node a box inside the drawing, no two overlapping", () => {
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
    for (const [i, p] of layout.nodes.entries()) {
      for (const q of layout.nodes.slice(i + 1)) {
        const apart = p.x + p.width <= q.x || q.x + q.width <= p.x || p.y + p.height <= q.y || q.y + q.height <= p.y;
        expect(apart, `${p.id} and ${q.id}`).toBe(true);
      }
    }
  });

  test("draws each edge from its source box to its target box, so the arrow points the right way", () => {
    const box = new Map(layout.nodes.map((node) => [node.id, node]));
    const near = (x: number, y: number, id: string) => {
      const node = box.get(id);
      if (!node) return false;
      return x >= node.x - 2 && x <= node.x + node.width + 2 && y >= node.y - 2 && y <= node.y + node.height + 2;
    };
    for (const edge of layout.edges) {
      const points = [...edge.path.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      const [startX = NaN, startY = NaN] = points[0] ?? [];
      const [endX = NaN, endY = NaN] = points.at(-1) ?? [];
      expect(near(startX, startY, edge.from), `${edge.id} starts at ${edge.from}`).toBe(true);
      expect(near(endX, endY, edge.to), `${edge.id} ends at ${edge.to}`).toBe(true);
    }
  });

  test("is deterministic: the same data gives the same picture", () => {
    expect(layoutGraph(nodes, edges, options)).toEqual(layout);
  });

  test("names the relation whose actor is missing", () => {
    expect(() => layoutGraph(nodes, [{ id: "a-x", from: "a", to: "x", label: "targets" }], options)).toThrow(
      /relation "a-x": no actor "x"/,
    );
  });
});
