/**
 * The data files on /data/, defined once: the endpoint that writes them and the page that documents
 * them both read this list, so a file cannot exist undocumented.
 */
import {
  getActors,
  getClaimIndex,
  getFigures,
  getGlossary,
  getPlaces,
  getRecommendations,
  getRelations,
  getTimeline,
} from "~/content";
import { rowsPerCitation, toCsv } from "~/lib/csv";
import { withBase } from "~/lib/paths";

export interface Download {
  /** The file name, served at /data/<file>. */
  file: string;
  /** Which collection it belongs to; files of one collection are documented together. */
  collection: "claims" | "timeline" | "glossary" | "actors" | "relations" | "places" | "figures" | "recommendations";
  /** Field names and what each holds. */
  fields: [name: string, meaning: string][];
  /** Writes the file's contents; `site` makes page links absolute. */
  build: (site: URL) => Promise<string>;
}

const CITATION_FIELDS: [string, string][] = [
  [
    "citations",
    "The evidence: a list of { source, quote, speaker? }. source is a source id (see /sources/), quote the source’s exact words, speaker who said them when not the source’s author.",
  ],
];
const CSV_CITATION_FIELDS: [string, string][] = [
  ["source", "The id of the source quoted (see /sources/)."],
  ["quote", "The source’s exact words."],
  ["speaker", "Who said them, when not the source’s author; empty otherwise."],
];
const CSV_NOTE: [string, string] = [
  "(rows)",
  "One row per citation: an entry with two citations has two rows, identical but for source, quote and speaker.",
];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const timelineFields: [string, string][] = [
  ["id", "Permanent id; the entry is at /timeline/#event-<id>."],
  ["date", "ISO 8601 date only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD."],
  ["dateNote", "How the date was worked out when the source gives it relative to its own date."],
  ["title", "A short neutral title."],
  ["summary", "What happened, in the site’s words, attributed where needed."],
  ["place", "Where, only as the source names it."],
  ["kind", "attack, warning, publication or statement."],
  ["actors", "Ids of the actors involved (see actors.json)."],
  ["location", "Id of the place that puts it on the map (see places.json): a city, or only a country."],
];

const recommendationFields: [string, string][] = [
  ["id", "Permanent id; the entry is at /recommendations/#rec-<id>."],
  ["recommendation", "What should be done, in the site’s words."],
  ["addressedTo", "Actor ids of whoever is asked to act."],
  ["madeBy", "Actor id of whoever recommends it."],
  ["rationale", "The reasoning given, attributed."],
];

export const DOWNLOADS: Download[] = [
  {
    file: "claims.json",
    collection: "claims",
    fields: [
      ["id", "Permanent claim id."],
      ["kind", "fact, figure, assessment, opinion, warning or recommendation."],
      ["text", "The site’s own sentence."],
      ["page", "The page the claim is on."],
      ["anchor", "The claim’s anchor on that page (claim-<id>)."],
      ["url", "The claim’s permanent link."],
      [
        "leadIn",
        "For an item of a list (“the attack on Kabul airport in August 2021;”), the id of the claim whose sentence introduces the list; read the two together. Absent otherwise.",
      ],
      ...CITATION_FIELDS,
    ],
    build: async (site) =>
      json({
        claims: [...(await getClaimIndex()).values()].map((claim) => ({
          id: claim.id,
          kind: claim.kind,
          text: claim.text,
          page: new URL(withBase(claim.url), site).href,
          anchor: `claim-${claim.id}`,
          url: new URL(withBase(`${claim.url}#claim-${claim.id}`), site).href,
          leadIn: claim.leadIn,
          citations: claim.citations,
        })),
      }),
  },
  {
    file: "timeline.json",
    collection: "timeline",
    fields: [...timelineFields, ...CITATION_FIELDS],
    build: async () => json({ events: await getTimeline() }),
  },
  {
    file: "timeline.csv",
    collection: "timeline",
    fields: [...timelineFields, ...CSV_CITATION_FIELDS, CSV_NOTE],
    build: async () =>
      toCsv(
        [
          "id",
          "date",
          "dateNote",
          "title",
          "summary",
          "place",
          "location",
          "kind",
          "actors",
          "source",
          "quote",
          "speaker",
        ],
        rowsPerCitation(await getTimeline()),
      ),
  },
  {
    file: "glossary.json",
    collection: "glossary",
    fields: [
      ["id", "Permanent id; the entry is at /glossary/#term-<id>."],
      ["term", "The term."],
      ["aliases", "Other names for it in the sources."],
      ["definition", "A plain-English definition."],
      ["basis", "cited (the sources define it; see citations) or background (general knowledge)."],
      ["related", "Ids of related terms."],
      ...CITATION_FIELDS,
    ],
    build: async () => json({ terms: await getGlossary() }),
  },
  {
    file: "actors.json",
    collection: "actors",
    fields: [
      ["id", "Permanent id; the entry is at /actors/#actor-<id>."],
      ["name", "The name as the sources give it."],
      ["type", "group, state, government, organisation, person, institution or sector."],
      ["role", "Its part in the story, attributed where needed."],
      ...CITATION_FIELDS,
    ],
    build: async () => json({ actors: await getActors(), relations: await getRelations() }),
  },
  {
    file: "places.json",
    collection: "places",
    fields: [
      ["id", "Permanent id; a country or region is at /map/#place-<id>."],
      ["name", "The name."],
      ["kind", "country, city or region."],
      ["iso", "A country’s ISO 3166-1 numeric code (Natural Earth’s key for its boundary). General knowledge."],
      ["coordinates", "[longitude, latitude]: a city’s position, or where the map names a country. General knowledge."],
      ["within", "A city’s country (a place id)."],
      ["role", "Why the map shows it: attacked, targeted or named."],
      ["summary", "What the sources say about it, in the site’s words, attributed."],
      ...CITATION_FIELDS,
    ],
    build: async () => json({ places: await getPlaces() }),
  },
  {
    file: "relations.csv",
    collection: "relations",
    fields: [
      ["id", "Permanent id; the relation is at /actors/#relation-<id>."],
      ["from", "Actor id the relation starts from."],
      ["kind", "The relation, read 'from KIND to' (opposes, targets, harbours, warned, ...)."],
      ["to", "Actor id it points to."],
      ["reportedly", "true when the source relays the relation as reported by others, not as its own claim."],
      ["description", "One attributed sentence."],
      ...CSV_CITATION_FIELDS,
      CSV_NOTE,
    ],
    build: async () =>
      toCsv(
        ["id", "from", "kind", "to", "reportedly", "description", "source", "quote", "speaker"],
        rowsPerCitation(await getRelations()),
      ),
  },
  {
    file: "figures.csv",
    collection: "figures",
    fields: [
      ["id", "Permanent id; the figure is at /key-figures/#figure-<id>."],
      ["value", "The number exactly as the source words it."],
      ["measures", "What it counts or measures."],
      ["asOf", "The date the figure speaks for."],
      ["statedBy", "Who states it, on what basis."],
      ["caveat", "What the figure does not tell you."],
      ...CSV_CITATION_FIELDS,
      CSV_NOTE,
    ],
    build: async () =>
      toCsv(
        ["id", "value", "measures", "asOf", "statedBy", "caveat", "source", "quote", "speaker"],
        rowsPerCitation(await getFigures()),
      ),
  },
  {
    file: "recommendations.json",
    collection: "recommendations",
    fields: [...recommendationFields, ...CITATION_FIELDS],
    build: async () => json({ recommendations: await getRecommendations() }),
  },
  {
    file: "recommendations.csv",
    collection: "recommendations",
    fields: [...recommendationFields, ...CSV_CITATION_FIELDS, CSV_NOTE],
    build: async () =>
      toCsv(
        ["id", "recommendation", "addressedTo", "madeBy", "rationale", "source", "quote", "speaker"],
        rowsPerCitation(await getRecommendations()),
      ),
  },
];
