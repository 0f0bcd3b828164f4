import type { z } from "astro/zod";
import { DATA_SCHEMAS } from "../../../schemas/data.ts";
import { reportSchema, type Rule } from "./rule.ts";

const schemas: Record<string, z.ZodType | undefined> = DATA_SCHEMAS;

export const dataSchema: Rule = {
  name: "data-schema",
  refuses:
    "a data entry with a missing, misspelt or unknown field or an impossible date, and a YAML file the site does not read",
  check(site, report) {
    for (const doc of site.data) {
      const schema = schemas[doc.collection];
      if (!schema) {
        report({
          file: doc.file,
          line: 1,
          column: 1,
          message: `the site does not read ${doc.collection}.yaml`,
          fix: `rename it to one of: ${Object.keys(DATA_SCHEMAS)
            .map((name) => `${name}.yaml`)
            .join(", ")}`,
        });
        continue;
      }
      if (doc.block.problems.length > 0) continue;
      for (const entry of doc.entries) {
        reportSchema(
          schema,
          entry.fields,
          doc.block,
          [entry.index],
          doc.file,
          `${doc.collection} entry "${entry.id}"`,
          report,
        );
      }
    }
  },
};
