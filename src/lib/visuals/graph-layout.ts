/**
 * Lays out the relationship diagram on /actors/: actors as labelled boxes, relations as labelled
 * arrows, placed by dagre's layered layout. Dagre is deterministic, so the same data always gives
 * the same picture. Text is measured by an estimate (no fonts at build time), generous enough that
 * labels fit in any of the system fonts the site uses.
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";

export interface GraphNodeInput {
  id: string;
  label: string;
}

export interface GraphEdgeInput {
  id: string;
  from: string;
  to: string;
  label: string;
}

export interface GraphNode extends GraphNodeInput {
  /** The label broken into lines that fit the box. */
  lines: string[];
  /** Top-left corner and size of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge extends GraphEdgeInput {
  /** SVG path data from the edge of one box to the edge of the other. */
  path: string;
  /** Top-left corner and size of the label's box, centred on the line. */
  labelBox: { x: number; y: number; width: number; height: number };
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  /** Font size of node labels; edge labels are drawn smaller (`edgeFontSize`). */
  fontSize: number;
  edgeFontSize: number;
  direction: "TB" | "LR";
}

/** Width of a label in a proportional sans-serif face, erring wide (0.6 em a character). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Breaks a label into lines of at most `max` characters, at spaces (a longer word stays whole). */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function layoutGraph(nodes: GraphNodeInput[], edges: GraphEdgeInput[], options: GraphOptions): GraphLayout {
  const known = new Set(nodes.map((node) => node.id));
  for (const edge of edges) {
    for (const end of [edge.from, edge.to]) {
      if (!known.has(end)) throw new Error(`relation "${edge.id}": no actor "${end}" among the diagram's nodes`);
    }
  }
  const graph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  graph.setGraph({ rankdir: options.direction, nodesep: 24, ranksep: 64, edgesep: 12, marginx: 4, marginy: 4 });
  graph.setDefaultEdgeLabel(() => ({}));
  const lineHeight = Math.round(options.fontSize * 1.25);
  const wrapped = new Map(nodes.map((node) => [node.id, wrapLabel(node.label, 20)]));
  const edgeLabelHeight = Math.round(options.edgeFontSize * 1.6);
  for (const node of nodes) {
    const lines = wrapped.get(node.id) ?? [node.label];
    graph.setNode(node.id, {
      width: Math.max(...lines.map((line) => estimateTextWidth(line, options.fontSize))) + 20,
      height: lines.length * lineHeight + Math.round(options.fontSize),
    });
  }
  for (const edge of edges) {
    graph.setEdge(
      edge.from,
      edge.to,
      { width: estimateTextWidth(edge.label, options.edgeFontSize) + 8, height: edgeLabelHeight, labelpos: "c" },
      edge.id,
    );
  }
  dagre.layout(graph);

  const laidNodes = nodes.map((node): GraphNode => {
    const box = graph.node(node.id);
    const { x = 0, y = 0 } = box;
    const lines = wrapped.get(node.id) ?? [node.label];
    return {
      ...node,
      lines,
      x: round(x - box.width / 2),
      y: round(y - box.height / 2),
      width: box.width,
      height: box.height,
    };
  });
  const laidEdges = edges.map((edge): GraphEdge => {
    const label = graph.edge(edge.from, edge.to, edge.id);
    const points = label.points ?? [];
    const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${String(round(p.x))} ${String(round(p.y))}`).join("");
    const width = label.width ?? 0;
    const height = label.height ?? 0;
    return {
      ...edge,
      path,
      labelBox: { x: round((label.x ?? 0) - width / 2), y: round((label.y ?? 0) - height / 2), width, height },
    };
  });
  const { width = 0, height = 0 } = graph.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), nodes: laidNodes, edges: laidEdges };
}

/**
 * The short name a diagram box shows: an acronym given in brackets ("Islamic State Khorasan
 * Province (ISKP)" → "ISKP"), otherwise the name without any bracketed aside.
 */
export function shortName(name: string): string {
  const match = /^(.*?)\s*\(([^)]*)\)$/.exec(name);
  if (!match) return name;
  const [, before = name, inside = ""] = match;
  return /^[A-Z0-9]{2,}$/.test(inside) ? inside : before;
}
