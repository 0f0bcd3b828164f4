/**
 * What a field means is written once, with `.describe()` on the field in its schema: authors read
 * it there, and /data/ documents the downloads from the same words (src/downloads.ts).
 */
import type { ZodType } from "astro/zod";

/**
 * `[name, meaning]` for each of `names`, in that order, from `schema`'s `.describe()` texts. A field
 * without one stops the build: the data page never documents a field with nothing.
 */
export function fieldsOf<Shape extends Record<string, ZodType>>(
  schema: { shape: Shape },
  names: readonly (keyof Shape & string)[],
): [name: string, meaning: string][] {
  return names.map((name) => {
    const meaning = schema.shape[name]?.description;
    if (!meaning) throw new Error(`fieldsOf: the schema field "${name}" has no meaning; add .describe("…") to it.`);
    return [name, meaning];
  });
}
