import type { z } from "astro/zod";
import {
  actorSchema,
  claimChangeSchema,
  externalSiteSchema,
  figureSchema,
  glossaryTermSchema,
  minuteSchema,
  movedClaimSchema,
  placeSchema,
  recommendationSchema,
  relationSchema,
  retiredArticleSchema,
  timelineEventSchema,
} from "../../../schemas/data.ts";
import { reportSchema, type Rule } from "./rule.ts";

/** The schema of each data file, `content/<collection>.yaml`. */
export const DATA_SCHEMAS: Record<string, z.ZodType> = {
  timeline: timelineEventSchema,
  glossary: glossaryTermSchema,
  actors: actorSchema,
  relations: relationSchema,
  figures: figureSchema,
  places: placeSchema,
  recommendations: recommendationSchema,
  "external-sites": externalSiteSchema,
  "moved-claims": movedClaimSchema,
  "retired-articles": retiredArticleSchema,
  minute: minuteSchema,
  "claim-changes": claimChangeSchema,
};

export const dataSchema: Rule = {
  name: "data-schema",
  refuses:
    "a data entry with a missing, misspelt or unknown field or an impossible date, and a YAML file the site does not read",
  check(site, report) {
    for (const doc of site.data) {
      const schema = DATA_SCHEMAS[doc.collection];
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
