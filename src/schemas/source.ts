import { z } from "astro/zod";
import { calendarDateSchema } from "./date.ts";

/** One author of a source document. */
export const authorSchema = z.strictObject({
  /** The author's name as the document gives it. Required. */
  name: z.string().min(1),
  /** Who the author is, in the document's own terms where it says. Required. */
  description: z.string().min(1),
  /** Family name, for references ("Bacha"). Required. */
  family: z.string().min(1),
  /** Given names, for references ("Numan"). Required. */
  given: z.string().min(1),
});

/** The kinds of document the site draws on; `genreLabel` says it in words. */
export const sourceGenres = ["op-ed", "press-release"] as const;

/** Frontmatter of a source document in `content/sources/<id>.md`; the body is the verbatim text. */
export const sourceSchema = z.strictObject({
  /** The document's title, verbatim. Required. */
  title: z.string().min(1),
  /** The document's standfirst or subtitle, verbatim, when it has one. */
  standfirst: z.string().optional(),
  /** The people who wrote it; empty when an organisation is the author. Required. */
  authors: z.array(authorSchema),
  /** The organisation that wrote it, when no person is credited. */
  organisation: z.string().optional(),
  /** Who published it (newspaper, organisation). Required. */
  publisher: z.string().min(1),
  /** The newspaper or website as a reference names it ("The News International"). Required. */
  periodical: z.string().min(1),
  /** Publication date, and time when the document gives one. Required. */
  published: calendarDateSchema,
  /** Place of publication when the document gives a dateline. */
  dateline: z.string().optional(),
  /** Machine-readable kind of document. Required. */
  genre: z.enum(sourceGenres),
  /** The kind of document in words, shown to readers. Required. */
  genreLabel: z.string().min(1),
  /** Where the original can be read. Required. */
  url: z.url(),
  /** A note on the URL (for example, that it is an archived edition). */
  urlNote: z.string().optional(),
  /** BCP 47 language tag of the document. Required. */
  language: z.string().min(2),
  /** A short, neutral description of who wrote it and why. Required. */
  description: z.string().min(1),
  /** How to read it. Required. */
  reading: z.strictObject({
    /** What the document is good for. Required. */
    goodFor: z.string().min(1),
    /** Its limits as evidence. Required. */
    limits: z.string().min(1),
  }),
  /**
   * Lines of the text that are page furniture (adverts, captions, bylines): kept verbatim in the
   * body but not counted as substantive sentences in coverage reports.
   */
  furniture: z.array(z.string()).default([]),
});

export type SourceData = z.infer<typeof sourceSchema>;
