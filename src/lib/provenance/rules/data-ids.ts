import type { Rule } from "./rule.ts";

export const dataIds: Rule = {
  name: "data-ids",
  refuses: "two entries of a data file with the same id",
  check(site, report) {
    for (const doc of site.data) {
      const seen = new Map<string, number>();
      for (const entry of doc.entries) {
        const first = seen.get(entry.id);
        if (first === undefined) {
          seen.set(entry.id, entry.line);
          continue;
        }
        report({
          file: doc.file,
          line: entry.line,
          column: entry.column,
          message: `${doc.collection} entry "${entry.id}": duplicate id, first used on line ${first}`,
          fix: "give each entry an id of its own; ids are anchors that never change",
        });
      }
    }
  },
};
