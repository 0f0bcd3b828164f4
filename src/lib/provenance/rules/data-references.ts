import type { Rule } from "./rule.ts";

/** Fields of data entries that refer to entries of another collection: [field, collection]. */
export const REFERENCES: Record<string, [string, string][]> = {
  timeline: [
    ["actors", "actors"],
    ["location", "places"],
  ],
  places: [["within", "places"]],
  glossary: [["related", "glossary"]],
  relations: [
    ["from", "actors"],
    ["to", "actors"],
  ],
  recommendations: [
    ["addressedTo", "actors"],
    ["madeBy", "actors"],
  ],
};

export const dataReferences: Rule = {
  name: "data-references",
  refuses: "a data entry that refers to an actor, place or term that has no entry",
  check(site, report) {
    const ids = new Map(site.data.map((doc) => [doc.collection, new Set(doc.entries.map((entry) => entry.id))]));
    for (const doc of site.data) {
      for (const entry of doc.entries) {
        for (const [field, collection] of REFERENCES[doc.collection] ?? []) {
          const known = ids.get(collection);
          const value = entry.fields[field];
          for (const [i, id] of (Array.isArray(value) ? value : value === undefined ? [] : [value]).entries()) {
            if (!known || known.has(String(id))) continue;
            report({
              file: doc.file,
              ...doc.block.locate(Array.isArray(value) ? [entry.index, field, i] : [entry.index, field]),
              message: `${doc.collection} entry "${entry.id}": "${String(id)}" is not an id in ${collection}`,
              fix: `add "${String(id)}" to content/${collection}.yaml, or use an id that is there`,
            });
          }
        }
      }
    }
  },
};
