import { expect, test } from "vitest";
import { treeResidentKB, type ProcessEntry } from "../../scripts/lib/tree-memory.ts";

// A build (10) running astro (11) and a search indexer (12) that started a helper (13), beside an
// unrelated program (20) with a child of its own (21).
const processes = new Map<number, ProcessEntry>([
  [1, { parent: 0, residentKB: 5 }],
  [10, { parent: 1, residentKB: 100 }],
  [11, { parent: 10, residentKB: 200 }],
  [12, { parent: 10, residentKB: 300 }],
  [13, { parent: 12, residentKB: 50 }],
  [20, { parent: 1, residentKB: 1000 }],
  [21, { parent: 20, residentKB: 7 }],
]);

test("adds up a command's process and every process under it, and nothing beside it", () => {
  expect(treeResidentKB(10, processes)).toBe(650);
  expect(treeResidentKB(12, processes)).toBe(350);
});

test("counts nothing for a process that has ended", () => {
  expect(treeResidentKB(99, processes)).toBe(0);
});
