import { z } from "astro/zod";
import { calendarDateSchema } from "./date.ts";

/** A dated correction or change to an article: logged, never made silently. */
export const correctionSchema = z.strictObject({
  /** When the change was made. Required. */
  date: calendarDateSchema,
  /** What changed and why, in one or two sentences. Required. */
  text: z.string().min(1),
});

/** Frontmatter of an article in `content/articles/<slug>.mdx`. Unknown fields are refused (a typo must not silently drop a correction). */
export const articleSchema = z
  .strictObject({
    /** The title: says what the page covers. Required. */
    title: z.string().min(1),
    /** One or two sentences telling the reader what they will learn. Required. */
    standfirst: z.string().min(1),
    /** Position in the reading order, starting at 1. Required and unique. */
    order: z.number().int().positive(),
    /** When the article was first published. Required. */
    published: calendarDateSchema,
    /** When the article was last re-read against its sources; not before `published`. Required. */
    reviewed: calendarDateSchema,
    /** Dated corrections and changes, newest last. */
    corrections: z.array(correctionSchema).default([]),
  })
  // Zod runs an object's refinement even when a field inside failed: only compare real dates.
  .refine((article) => !(article.reviewed < article.published), {
    message: "cannot be before published",
    path: ["reviewed"],
  });

export type ArticleData = z.infer<typeof articleSchema>;
