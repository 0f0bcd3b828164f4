import { z } from "astro/zod";

/**
 * What kind of statement a claim is. The kind tells a reader how much weight to give it: a fact
 * or figure the source states, or a judgement, warning or recommendation someone makes.
 */
export const claimKinds = ["fact", "figure", "reported", "assessment", "opinion", "warning", "recommendation"] as const;

export type ClaimKind = (typeof claimKinds)[number];

/** A claim id: kebab-case, unique across the site, permanent (it becomes `#claim-<id>`). */
export const claimIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case: lower-case letters, digits and hyphens");

/** One piece of evidence for a claim: the exact words of a source. */
export const citationSchema = z.strictObject({
  source: z.string().min(1).describe("The id of the source quoted (see sources.json)."),
  quote: z
    .string()
    .trim()
    .min(1, "the quotation is empty")
    .describe("The source’s exact words; “…” joins fragments that occur in this order."),
  // Only the person whose words are quoted is a speaker (reported speech).
  speaker: z
    .string()
    .min(1)
    .optional()
    .describe("Whose words they are, when the source quotes someone other than its author in quotation marks."),
  // "McCallum revealed …, noting that …": the source's own account, attributed to the source.
  paraphraseOf: z
    .string()
    .min(1)
    .optional()
    .describe("Whose words the source reports in its own words, without quoting them (its account, not a quotation)."),
});

export type Citation = z.infer<typeof citationSchema>;

/** The props an author gives `<Claim>` in MDX: one citation inline, or several in `citations`. */
export const claimPropsSchema = z
  .strictObject({
    /** Permanent kebab-case id. Required. */
    id: claimIdSchema,
    kind: z
      .enum(claimKinds)
      .describe(
        "What kind of statement it is: fact, figure, reported, assessment, opinion, warning or recommendation.",
      ),
    /** Shorthand for a single citation: the source id. */
    source: z.string().min(1).optional(),
    /** Shorthand for a single citation: the quotation. */
    quote: z.string().optional(),
    /** Shorthand for a single citation: the speaker, if the source quotes someone else. */
    speaker: z.string().min(1).optional(),
    /** Shorthand for a single citation: whose words the source paraphrases. */
    paraphraseOf: z.string().min(1).optional(),
    /** Several citations, or one with a speaker. */
    citations: z.array(citationSchema).optional(),
    // Shown with the evidence, never in the sentence ("this year" in a column of 9 July 2024).
    note: z
      .string()
      .min(1)
      .optional()
      .describe("How a date was worked out, or what the source does not say, as the claim’s note shows it."),
  })
  .superRefine((props, ctx) => {
    const inline =
      props.source !== undefined ||
      props.quote !== undefined ||
      props.speaker !== undefined ||
      props.paraphraseOf !== undefined;
    if (inline && props.citations) {
      ctx.addIssue({ code: "custom", message: "give either source and quote, or citations, not both" });
    } else if (!inline && !props.citations?.length) {
      ctx.addIssue({ code: "custom", message: "a claim needs a citation: add source and quote" });
    } else if (inline && (props.source === undefined || props.quote === undefined)) {
      ctx.addIssue({ code: "custom", message: "source and quote go together: give both" });
    }
  });

export type ClaimProps = z.infer<typeof claimPropsSchema>;

/** A claim as the rest of the site sees it: the site's sentence and its evidence. */
export const claimSchema = z.object({
  /** Permanent kebab-case id. Required. */
  id: claimIdSchema,
  /** What kind of statement this is. Required. */
  kind: z.enum(claimKinds),
  /** The site's own sentence, as plain text. Required. */
  text: z.string().min(1),
  /** The evidence; at least one. Required. */
  citations: z.array(citationSchema).min(1),
});

export type Claim = z.infer<typeof claimSchema>;

/** Normalises the two ways of writing a claim's evidence into one list. */
export function citationsOf(props: ClaimProps): Citation[] {
  if (props.citations) return props.citations;
  if (props.source === undefined || props.quote === undefined) return [];
  return [
    {
      source: props.source,
      quote: props.quote,
      ...(props.speaker === undefined ? {} : { speaker: props.speaker }),
      ...(props.paraphraseOf === undefined ? {} : { paraphraseOf: props.paraphraseOf }),
    },
  ];
}
