import { z } from "astro/zod";
import { expect, test } from "vitest";
import { citationSchema, claimPropsSchema } from "~/schemas/claim";
import * as data from "~/schemas/data";
import { fieldsOf } from "~/schemas/fields";
import { sourceSchema } from "~/schemas/source";

test("a field's meaning is the one its schema gives, in the order asked", () => {
  const schema = z.object({
    b: z.string().describe("The second."),
    a: z.number().optional().describe("The first."),
  });
  expect(fieldsOf(schema, ["a", "b"])).toEqual([
    ["a", "The first."],
    ["b", "The second."],
  ]);
});

test("a field with no meaning stops the build and says where to write one", () => {
  const schema = z.object({ a: z.string() });
  expect(() => fieldsOf(schema, ["a"])).toThrow(/field "a" has no meaning; add \.describe/);
});

// A reader of /data/ learns a coded field's values from its meaning: each must name every value the
// schema accepts, so that adding a value without documenting it fails here.
const CODED_FIELDS = {
  "timeline kind": data.timelineEventSchema.shape.kind,
  "glossary basis": data.glossaryTermSchema.shape.basis,
  "actor type": data.actorSchema.shape.type,
  "relation kind": data.relationSchema.shape.kind,
  "place kind": data.placeSchema.shape.kind,
  "place role": data.placeSchema.shape.role,
  "claim kind": claimPropsSchema.shape.kind,
  "source genre": sourceSchema.shape.genre,
};

test.each(Object.entries(CODED_FIELDS))("the meaning of the %s names every value it may take", (_, field) => {
  const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
  if (!(inner instanceof z.ZodEnum)) throw new Error("not a coded field");
  for (const value of inner.options) expect(field.description).toMatch(new RegExp(`(^|[ :(])${value}[ ,.(]`));
});

test("every field the downloads document has a meaning in its schema", () => {
  const schemas: { shape: Record<string, z.ZodType> }[] = [
    data.timelineEventSchema,
    data.glossaryTermSchema,
    data.actorSchema,
    data.relationSchema,
    data.recommendationSchema,
    data.placeSchema,
    citationSchema,
  ];
  for (const schema of schemas) {
    const undocumented = Object.entries(schema.shape)
      .filter(([name, field]) => name !== "citations" && !field.description)
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  }
  // A figure's date is published as bounds (as_of_start, …), described in src/downloads.ts.
  expect(() => fieldsOf(data.figureSchema, ["id", "value", "measures", "statedBy", "caveat"])).not.toThrow();
});
