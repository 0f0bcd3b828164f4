import { z } from "astro/zod";

/** A dated correction or change to an article: logged, never made silently. */
export const correctionSchema = z.object({
  /** When the change was made. Required. */
  date: z.coerce.date(),
  /** What changed and why, in one or two sentences. Required. */
  text: z.string().min(1),
});

/** Frontmatter of an article in `content/articles/<slug>.mdx`. */
export const articleSchema = z.object({
  /** The title: says what the page covers. Required. */
  title: z.string().min(1),
  /** One or two sentences telling the reader what they will learn. Required. */
  standfirst: z.string().min(1),
  /** Position in the reading order, starting at 1. Required and unique. */
  order: z.number().int().positive(),
  /** When the article was first published. Required. */
  published: z.coerce.date(),
  /** When the article was last re-read against its sources. Required. */
  reviewed: z.coerce.date(),
  /** Dated corrections and changes, newest last. */
  corrections: z.array(correctionSchema).default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
