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
  title: z.string().min(1).describe("The document’s title, verbatim."),
  standfirst: z.string().optional().describe("Its standfirst or subtitle, verbatim, when it has one."),
  authors: z
    .array(authorSchema)
    .describe("The people who wrote it: name, family and given names, and who they are. Empty for an organisation."),
  organisation: z.string().optional().describe("The organisation that wrote it, when no person is credited."),
  publisher: z.string().min(1).describe("Who published it (newspaper, organisation)."),
  periodical: z
    .string()
    .min(1)
    .describe("The newspaper or website, as a reference names it (“The News International”)."),
  published: calendarDateSchema.describe(
    "Publication date (YYYY-MM-DD; in the frontmatter, with the time when the document gives one).",
  ),
  dateline: z.string().optional().describe("Place of publication, when the document gives a dateline."),
  genre: z.enum(sourceGenres).describe("What kind of document, for machines: op-ed or press-release."),
  /** The kind of document in words, shown to readers. Required. */
  genreLabel: z.string().min(1),
  url: z.url().describe("Where the original can be read."),
  /** A note on the URL (for example, that it is an archived edition). */
  urlNote: z.string().optional(),
  language: z.string().min(2).describe("The document’s language (BCP 47)."),
  description: z.string().min(1).describe("Who wrote it and why, in the site’s words: short and neutral."),
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
