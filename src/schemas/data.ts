import { z } from "astro/zod";
import { citationSchema } from "./claim.ts";
import { calendarDateSchema, eventDateSchema, partialDateSchema } from "./date.ts";

/** A permanent kebab-case id; it becomes the entry's anchor and never changes. */
const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case");

/** At least one citation: the exact words of a source, as in articles. */
const citationsSchema = z.array(citationSchema).min(1, "cite at least one source passage");

export const eventKinds = ["attack", "warning", "publication", "statement"] as const;

/** One event in `content/timeline.yaml`. */
export const timelineEventSchema = z.strictObject({
  id: idSchema.describe("Permanent id; the entry is at /timeline/#event-<id>."),
  date: eventDateSchema.describe(
    "When, only as precisely as the source says: YYYY, YYYY-MM, YYYY-MM-DD, or “before YYYY-MM-DD” when the source places it only before a day (usually its own date, for an event it calls “recent”).",
  ),
  dateNote: z
    .string()
    .min(1)
    .optional()
    .describe("How the date was worked out, when the source gives it relative to its own date (“in March this year”)."),
  title: z.string().min(1).describe("A short neutral title."),
  summary: z
    .string()
    .min(1)
    .describe("What happened, in one or two sentences in the site’s words, attributed where needed."),
  place: z.string().min(1).optional().describe("Where, only as the source names it."),
  location: idSchema
    .optional()
    .describe(
      "Id of the place that puts it on the map (see places.json): a city where the source names one, otherwise only the country it names.",
    ),
  kind: z.enum(eventKinds).describe("What kind of event: attack, warning, publication or statement."),
  actors: z.array(idSchema).default([]).describe("Ids of the actors involved (see actors.json)."),
  /** The evidence. Required. */
  citations: citationsSchema,
});

/** One term in `content/glossary.yaml`. */
export const glossaryTermSchema = z
  .object({
    id: idSchema.describe("Permanent id; the entry is at /glossary/#term-<id>."),
    term: z.string().min(1).describe("The term as a reader meets it."),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe("Other names or abbreviations used for it in the sources."),
    definition: z.string().min(1).describe("A definition in plain English, one to three sentences."),
    // Background definitions: general knowledge the sources assume (EDITORIAL §1), shown as such.
    basis: z
      .enum(["cited", "background"])
      .describe("cited (the sources define or describe it; see citations) or background (general knowledge)."),
    /** The evidence, for a cited definition. */
    citations: z.array(citationSchema).default([]),
    related: z.array(idSchema).default([]).describe("Ids of related terms."),
  })
  .refine((term) => term.basis === "background" || term.citations.length > 0, {
    message: "a cited term needs citations; mark general knowledge as basis: background",
    path: ["citations"],
  });

export const actorTypes = ["group", "state", "government", "organisation", "person", "institution", "sector"] as const;

/** One actor in `content/actors.yaml`: a group, state, organisation or person the sources name. */
export const actorSchema = z.strictObject({
  id: idSchema.describe("Permanent id; the entry is at /actors/#actor-<id>."),
  name: z.string().min(1).describe("The name as the sources give it."),
  type: z
    .enum(actorTypes)
    .describe("What kind of actor: group, state, government, organisation, person, institution or sector."),
  role: z.string().min(1).describe("Its part in the story, in one or two sentences, attributed where needed."),
  /** The evidence. Required. */
  citations: citationsSchema,
});

export const relationKinds = [
  "opposes",
  "targets",
  "attacked",
  "harbours",
  "fights",
  "warned",
  "leads",
  "part-of",
  "publishes",
  "may-cooperate-with",
  "strained-trust-with",
  "responds-to",
] as const;

/** One directed relation in `content/relations.yaml`: who does what to whom, according to whom. */
export const relationSchema = z.strictObject({
  id: idSchema.describe("Permanent id; the relation is at /actors/#relation-<id>."),
  from: idSchema.describe("Actor id the relation starts from."),
  to: idSchema.describe("Actor id it points to."),
  kind: z
    .enum(relationKinds)
    .describe(
      "The relation, read “from KIND to”: opposes, targets, attacked, harbours, fights, warned, leads, part-of, publishes, may-cooperate-with, strained-trust-with or responds-to.",
    ),
  reportedly: z
    .boolean()
    .default(false)
    .describe("true when the source relays the relation as reported by others (“reportedly”), not as its own claim."),
  // Drawn with two arrowheads.
  mutual: z
    .boolean()
    .default(false)
    .describe("true when the relation runs both ways (“trust … between Russia and the West”)."),
  description: z.string().min(1).describe("One sentence in the site’s words, attributed."),
  /** The evidence. Required. */
  citations: citationsSchema,
});

/** One figure in `content/figures.yaml`: a number exactly as a source words it. */
export const figureSchema = z.strictObject({
  id: idSchema.describe("Permanent id; the figure is at /key-figures/#figure-<id>."),
  value: z.string().min(1).describe("The number exactly as the source words it (“above 140”)."),
  measures: z.string().min(1).describe("What it counts or measures."),
  /** The date the figure speaks for: the source's date unless it says otherwise. Required. */
  asOf: partialDateSchema,
  statedBy: z.string().min(1).describe("Who states it, and on what basis, as the source reports it."),
  caveat: z.string().min(1).optional().describe("What the figure does not tell you (no breakdown, no source given)."),
  /** The evidence. Required. */
  citations: citationsSchema,
});

/** One recommendation in `content/recommendations.yaml`. */
export const recommendationSchema = z.strictObject({
  id: idSchema.describe("Permanent id; the entry is at /recommendations/#rec-<id>."),
  recommendation: z.string().min(1).describe("What should be done, in the site’s words."),
  addressedTo: z.array(idSchema).min(1).describe("Actor ids of whoever is asked to act."),
  madeBy: idSchema.describe("Actor id of whoever recommends it."),
  rationale: z.string().min(1).describe("The reasoning given, in the site’s words, attributed."),
  /** The evidence. Required. */
  citations: citationsSchema,
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Recommendation = z.infer<typeof recommendationSchema>;

export const placeKinds = ["country", "city", "region"] as const;

/** Why the map shades a country or names a region. */
export const placeRoles = ["attacked", "targeted", "named"] as const;

/** A longitude and latitude in degrees, as general geographic knowledge gives them. */
const coordinatesSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/**
 * One place in `content/places.yaml`: a country, city or region the sources name, as the map
 * draws it. What the sources say about a place is cited; where it is (a country's boundary, a
 * city's coordinates) is general knowledge (EDITORIAL §1), drawn from Natural Earth or written here.
 */
export const placeSchema = z
  .object({
    id: idSchema.describe("Permanent id; the entry is at /map/#place-<id> (a city’s, in its country’s row)."),
    name: z.string().min(1).describe("The name as the map and its table show it."),
    kind: z
      .enum(placeKinds)
      .describe("country (drawn from its boundary), city (a point) or region (listed, not drawn)."),
    iso: z
      .string()
      .regex(/^\d{3}$/, "must be a three-digit ISO 3166-1 numeric code")
      .optional()
      .describe("A country’s ISO 3166-1 numeric code (Natural Earth’s key for its boundary). General knowledge."),
    coordinates: coordinatesSchema
      .optional()
      .describe(
        "[longitude, latitude]: a city’s position, or where the map names a country if not at its centre. General knowledge.",
      ),
    within: idSchema.optional().describe("For a city: the id of the country it is in."),
    role: z
      .enum(placeRoles)
      .optional()
      .describe("For a country or region: why the map shows it: attacked, targeted or named."),
    summary: z
      .string()
      .min(1)
      .optional()
      .describe("For a country or region: what the sources say about it, in the site’s words, attributed."),
    /** The evidence for the summary, or for the source naming the city. Required. */
    citations: citationsSchema,
  })
  .superRefine((place, context) => {
    const need = (field: keyof typeof place, why: string) => {
      if (place[field] === undefined) context.addIssue({ code: "custom", path: [field], message: why });
    };
    if (place.kind === "country") need("iso", "a country needs its ISO 3166-1 numeric code to be drawn");
    if (place.kind === "city") {
      need("coordinates", "a city needs [longitude, latitude] to be drawn");
      need("within", "a city needs the id of its country");
    }
    if (place.kind !== "city") {
      need("role", "say why the map shows this place (attacked, targeted or named)");
      need("summary", "say in one sentence, attributed, what the sources say about this place");
    }
  });

export type Place = z.infer<typeof placeSchema>;

/**
 * One site the articles may link to, in `content/external-sites.yaml`: the editorial standard
 * forbids links to terrorist or extremist outlets, so every outside domain is reviewed and listed.
 */
export const externalSiteSchema = z.strictObject({
  /** The domain, without scheme or path (`techagainstterrorism.org`); its subdomains are included. Required. */
  domain: z
    .string()
    .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, "must be a domain such as example.org, without https:// or a path"),
  /** Why readers may be sent there, and who reviewed it. Required. */
  reason: z.string().min(1),
});

export type ExternalSite = z.infer<typeof externalSiteSchema>;

/**
 * A claim anchor that left its page, in `content/moved-claims.yaml`: links journalists published
 * to `/articles/<from>/#claim-<id>` must still lead to the claim that carries its content now, or
 * say what it said and why it went.
 */
export const movedClaimSchema = z.strictObject({
  /** The id of the claim as published: the anchor `#claim-<id>`. Required. */
  id: idSchema,
  /** The slug of the article it was published on. Required. */
  from: idSchema,
  /**
   * The claim that now carries its content: the same id if only its page changed. Leave it out
   * when the site no longer says it.
   */
  to: idSchema.optional(),
  /** When it moved. Required. */
  date: calendarDateSchema,
  /** What kind of change: `merge` when another claim carries it now, else a correction, clarification or update. Required. */
  type: z.enum(["correction", "clarification", "update", "merge"]),
  /** Why, in one line, for readers. Required. */
  reason: z.string().min(1),
  /** The sentence as it was published, when that claim is gone. */
  was: z.string().min(1).optional(),
});

/** An article that no longer exists, in `content/retired-articles.yaml`: its URL now says where its content went. */
export const retiredArticleSchema = z.strictObject({
  /** The slug it had: `/articles/<id>/`. Required. */
  id: idSchema,
  /** Its title as published. Required. */
  title: z.string().min(1),
  /** When it was retired. Required. */
  date: calendarDateSchema,
  /** Why, in one line, for readers. Required. */
  reason: z.string().min(1),
  /** The articles that now carry its content, most of it first. Required. */
  replacedBy: z.array(idSchema).min(1),
});

export type MovedClaim = z.infer<typeof movedClaimSchema>;
export type RetiredArticle = z.infer<typeof retiredArticleSchema>;

/**
 * One sentence of "ISKP in a minute" on the home page, in `content/minute.yaml`, in reading order:
 * the id of a claim made in an article, shown with its evidence (never retyped). At most 120 words
 * in all, saying what the group is, where it operates, what it has done, why it matters now and
 * what is proposed.
 */
export const minuteSchema = z.strictObject({
  /** The id of a claim in an article. Required. */
  id: idSchema,
});

/**
 * One logged change to the meaning of published claims, in `content/claim-changes.yaml`: what a
 * reader sees in the claim's note and on /corrections/. `npm run record:claims` then writes it into
 * the record of published claims (content/claims-record.json).
 */
export const claimChangeSchema = z.strictObject({
  /** When the change was made. Required. */
  date: calendarDateSchema,
  /** `correction` (it was wrong), `clarification` (it was unclear), `update` (it was rewritten) or `merge` (joined with another). Required. */
  type: z.enum(["correction", "clarification", "update", "merge"]),
  /** Why, in one line, for readers. Required. */
  reason: z.string().min(1),
  /** The ids of the claims it changed. Required. */
  claims: z.array(idSchema).min(1),
});

export type ClaimChange = z.infer<typeof claimChangeSchema>;

/**
 * The schema of each data file, `content/<name>.yaml`: the content check validates every file by
 * it, and `src/content.config.ts` loads those the pages read as collections.
 */
export const DATA_SCHEMAS = {
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
} as const satisfies Record<string, z.ZodType>;
