/**
 * The data files on /data/, defined once: the endpoint that writes them, the page that documents
 * them and the reference pages that link to them all read this list, so a file cannot exist
 * undocumented.
 */
import {
  getActors,
  getArticles,
  getClaimIndex,
  getFigures,
  getGlossary,
  getPlaces,
  getRecommendations,
  getRelations,
  getSources,
  getTimeline,
} from "~/content";
import { waybackLookup } from "~/lib/archive";
import { toCsv } from "~/lib/csv";
import { dataRelease, type DataRelease } from "~/lib/data-release";
import { dateBounds, isoDate } from "~/lib/dates";
import { withBase } from "~/lib/paths";
import { anchorId, claimPath, sourcePath } from "~/lib/routes";
import { citationSchema, claimPropsSchema, type Citation } from "~/schemas/claim";
import {
  actorSchema,
  figureSchema,
  glossaryTermSchema,
  placeSchema,
  recommendationSchema,
  relationSchema,
  timelineEventSchema,
} from "~/schemas/data";
import { fieldsOf } from "~/schemas/fields";
import { sourceSchema } from "~/schemas/source";
import { SITE } from "~/site";

/** The data sets, each documented in its own section of /data/ (`/data/#<collection>`). */
export type Collection =
  | "claims"
  | "timeline"
  | "glossary"
  | "actors"
  | "relations"
  | "places"
  | "figures"
  | "recommendations"
  | "citations"
  | "sources";

export interface Download {
  /** The file name, served at /data/<file>. */
  file: string;
  /** Which collection it belongs to; files of one collection are documented together. */
  collection: Collection;
  /** Field names and what each holds. */
  fields: [name: string, meaning: string][];
  /** Writes the file's contents; `site` makes page links absolute. */
  build: (site: URL) => Promise<string>;
}

let release: Promise<DataRelease> | undefined;

/**
 * The release every file carries: dated by the latest review or correction of the site, and
 * versioned by that date and a fingerprint of all the data, so that the same content always gives
 * the same version (builds are hermetic: no clock is read).
 */
export function getDataRelease(): Promise<DataRelease> {
  release ??= (async () => {
    const [articles, sources, claims, ...collections] = await Promise.all([
      getArticles(),
      getSources(),
      getClaimIndex(),
      getTimeline(),
      getGlossary(),
      getActors(),
      getRelations(),
      getPlaces(),
      getFigures(),
      getRecommendations(),
    ]);
    const content = {
      claims: [...claims.values()].map(({ id, kind, text, url, citations }) => ({ id, kind, text, url, citations })),
      sources: sources.map((source) => ({ id: source.id, data: source.data })),
      collections,
    };
    const dates = [
      SITE.reviewed,
      ...articles.flatMap((article) => [
        article.data.reviewed,
        ...article.data.corrections.map((correction) => correction.date),
      ]),
    ];
    return dataRelease(content, dates);
  })();
  return release;
}

const RELEASE_FIELDS: [string, string][] = [
  [
    "data_version",
    "The release this file belongs to: its date, then a fingerprint of all the data (any change to the data changes it). Every file of one release carries the same version.",
  ],
  ["data_date", "The release date (YYYY-MM-DD): the latest review or correction of the site’s content."],
];

const JSON_HEAD_FIELDS: [string, string][] = [
  ...RELEASE_FIELDS,
  ["licence", "The licence of the site’s own words in the file; quotations remain their authors’ work."],
  ["documentation", "This page, where every field is explained."],
];

const CITATION_FIELDS: [string, string][] = [
  [
    "citations",
    "The evidence: a list of { source, quote, speaker?, paraphraseOf? }. source is a source id (see sources.json), quote the source’s exact words; speaker is whose words they are when the source quotes someone in quotation marks; paraphraseOf is whose words the source reports in its own words (its account, not a quotation).",
  ],
];

const CSV_EVIDENCE_FIELDS: [string, string][] = [
  ["sources", "Ids of the sources the entry cites, separated by “; ” (see sources.json)."],
  [
    "citations",
    "How many quotations support the entry; each is a row of citations.csv with this file’s dataset and id.",
  ],
];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The head of every JSON file: its release, licence and documentation. */
async function jsonHead(site: URL, collection: Collection) {
  const { version, date } = await getDataRelease();
  return {
    data_version: version,
    data_date: date,
    licence: SITE.licence.url,
    documentation: new URL(withBase(`/data/#${collection}`), site).href,
  };
}

/** Columns every CSV row ends with: the release. */
async function releaseColumns() {
  const { version, date } = await getDataRelease();
  return { data_version: version, data_date: date };
}

/** The sources an entry cites, once each, in the order first cited, and how many quotations. */
function evidence(citations: Citation[]) {
  return { sources: [...new Set(citations.map((citation) => citation.source))], citations: citations.length };
}

/** Writes an entry's date as explicit bounds under `prefix` (date_start, date_end, date_precision). */
function bounds<Prefix extends string>(value: string, prefix: Prefix) {
  const { start, end, precision } = dateBounds(value);
  // A computed key loses its literal type; these three are exactly the keys written.
  return { [`${prefix}_start`]: start, [`${prefix}_end`]: end, [`${prefix}_precision`]: precision } as Record<
    `${Prefix}_start` | `${Prefix}_end` | `${Prefix}_precision`,
    string
  >;
}

const DATE_BOUNDS_FIELDS = (prefix: string, what: string): [string, string][] => [
  [
    `${prefix}_start`,
    `The first day ${what} may be (YYYY-MM-DD): the first of the month or the year when the source gives only those; empty when only a later bound is known.`,
  ],
  [`${prefix}_end`, `The last day ${what} may be (YYYY-MM-DD); for precision “before”, the day it came before.`],
  [
    `${prefix}_precision`,
    "How precisely the source dates it: day, month, year, or before (only that it came before the end date).",
  ],
];

// Fields of the data as authored take their meaning from the schema; the columns that only the
// downloads have (date bounds, evidence counts, the release) are described here.
const timelineFields: [string, string][] = [
  ...fieldsOf(timelineEventSchema, ["id"]),
  ...fieldsOf(timelineEventSchema, ["date"]).map(([name, meaning]): [string, string] => [
    name,
    `${meaning} JSON only; the CSV gives the same as the three columns below.`,
  ]),
  ...DATE_BOUNDS_FIELDS("date", "the event"),
  ...fieldsOf(timelineEventSchema, ["dateNote", "title", "summary", "place", "location", "kind", "actors"]),
];

const relationFields = fieldsOf(relationSchema, ["id", "from", "kind", "to", "reportedly", "mutual", "description"]);

const figureFields: [string, string][] = [
  ...fieldsOf(figureSchema, ["id", "value", "measures"]),
  ...DATE_BOUNDS_FIELDS("as_of", "the figure speaks for"),
  ...fieldsOf(figureSchema, ["statedBy", "caveat"]),
];

const recommendationFields = fieldsOf(recommendationSchema, [
  "id",
  "recommendation",
  "addressedTo",
  "madeBy",
  "rationale",
]);

/** The CSV data sets whose quotations citations.csv holds, by the name its `dataset` column gives. */
const CITED_IN_CSV = {
  timeline: getTimeline,
  relations: getRelations,
  figures: getFigures,
  recommendations: getRecommendations,
} as const;

export const DOWNLOADS: Download[] = [
  {
    file: "claims.json",
    collection: "claims",
    fields: [
      ...JSON_HEAD_FIELDS,
      ["claims", "The claims, in reading order, each with the fields below."],
      ["id", "Permanent claim id."],
      ...fieldsOf(claimPropsSchema, ["kind"]),
      ["text", "The site’s own sentence."],
      ["page", "The page the claim is on."],
      ["anchor", "The claim’s anchor on that page (claim-<id>)."],
      ["url", "The claim’s permanent link."],
      [
        "leadIn",
        "For an item of a list (“the attack on Kabul airport in August 2021;”), the id of the claim whose sentence introduces the list; read the two together. Absent otherwise.",
      ],
      ...fieldsOf(claimPropsSchema, ["note"]),
      ...CITATION_FIELDS,
      ["published", "The day the claim was first published (YYYY-MM-DD)."],
      [
        "history",
        "Its earlier versions, oldest first: { date, type (correction, clarification, update or merge), reason, was: { page, kind, text, citations } }. Empty when it has never changed. Claims that have gone are listed on /corrections/.",
      ],
    ],
    build: async (site) =>
      json({
        ...(await jsonHead(site, "claims")),
        claims: [...(await getClaimIndex()).values()].map((claim) => ({
          id: claim.id,
          kind: claim.kind,
          text: claim.text,
          page: new URL(withBase(claim.url), site).href,
          anchor: anchorId("claim", claim.id),
          url: new URL(withBase(claimPath(claim.slug, claim.id)), site).href,
          leadIn: claim.leadIn,
          note: claim.note,
          citations: claim.citations,
          published: claim.published,
          history: claim.history,
        })),
      }),
  },
  {
    file: "timeline.json",
    collection: "timeline",
    fields: [
      ...JSON_HEAD_FIELDS,
      ["events", "The events, oldest first, each with the fields below."],
      ...timelineFields,
      ...CITATION_FIELDS,
    ],
    build: async (site) =>
      json({
        ...(await jsonHead(site, "timeline")),
        events: (await getTimeline()).map((event) => ({
          ...event,
          ...bounds(event.date, "date"),
        })),
      }),
  },
  {
    file: "timeline.csv",
    collection: "timeline",
    fields: [...timelineFields.filter(([name]) => name !== "date"), ...CSV_EVIDENCE_FIELDS, ...RELEASE_FIELDS],
    build: async () => {
      const release = await releaseColumns();
      return toCsv(
        [
          "id",
          "date_start",
          "date_end",
          "date_precision",
          "dateNote",
          "title",
          "summary",
          "place",
          "location",
          "kind",
          "actors",
          "sources",
          "citations",
          "data_version",
          "data_date",
        ],
        (await getTimeline()).map((event) => ({
          ...event,
          ...bounds(event.date, "date"),
          ...evidence(event.citations),
          ...release,
        })),
      );
    },
  },
  {
    file: "glossary.json",
    collection: "glossary",
    fields: [
      ...JSON_HEAD_FIELDS,
      ["terms", "The terms, A to Z, each with the fields below."],
      ...fieldsOf(glossaryTermSchema, ["id", "term", "aliases", "definition", "basis", "related"]),
      ...CITATION_FIELDS,
    ],
    build: async (site) => json({ ...(await jsonHead(site, "glossary")), terms: await getGlossary() }),
  },
  {
    file: "actors.json",
    collection: "actors",
    fields: [
      ...JSON_HEAD_FIELDS,
      ["actors", "The actors, each with the fields below."],
      ...fieldsOf(actorSchema, ["id", "name", "type", "role"]),
      ...CITATION_FIELDS,
      ["relations", "The relations between them, with the fields of relations.csv and their citations."],
    ],
    build: async (site) =>
      json({ ...(await jsonHead(site, "actors")), actors: await getActors(), relations: await getRelations() }),
  },
  {
    file: "relations.csv",
    collection: "relations",
    fields: [...relationFields, ...CSV_EVIDENCE_FIELDS, ...RELEASE_FIELDS],
    build: async () => {
      const release = await releaseColumns();
      return toCsv(
        [
          "id",
          "from",
          "kind",
          "to",
          "reportedly",
          "mutual",
          "description",
          "sources",
          "citations",
          "data_version",
          "data_date",
        ],
        (await getRelations()).map((relation) => ({ ...relation, ...evidence(relation.citations), ...release })),
      );
    },
  },
  {
    file: "places.json",
    collection: "places",
    fields: [
      ...JSON_HEAD_FIELDS,
      ["places", "The places, each with the fields below."],
      ...fieldsOf(placeSchema, ["id", "name", "kind", "iso", "coordinates", "within", "role", "summary"]),
      ...CITATION_FIELDS,
    ],
    build: async (site) => json({ ...(await jsonHead(site, "places")), places: await getPlaces() }),
  },
  {
    file: "figures.csv",
    collection: "figures",
    fields: [...figureFields, ...CSV_EVIDENCE_FIELDS, ...RELEASE_FIELDS],
    build: async () => {
      const release = await releaseColumns();
      return toCsv(
        [
          "id",
          "value",
          "measures",
          "as_of_start",
          "as_of_end",
          "as_of_precision",
          "statedBy",
          "caveat",
          "sources",
          "citations",
          "data_version",
          "data_date",
        ],
        (await getFigures()).map((figure) => ({
          ...figure,
          ...bounds(figure.asOf, "as_of"),
          ...evidence(figure.citations),
          ...release,
        })),
      );
    },
  },
  {
    file: "recommendations.json",
    collection: "recommendations",
    fields: [
      ...JSON_HEAD_FIELDS,
      ["recommendations", "The recommendations, each with the fields below."],
      ...recommendationFields,
      ...CITATION_FIELDS,
    ],
    build: async (site) =>
      json({ ...(await jsonHead(site, "recommendations")), recommendations: await getRecommendations() }),
  },
  {
    file: "recommendations.csv",
    collection: "recommendations",
    fields: [...recommendationFields, ...CSV_EVIDENCE_FIELDS, ...RELEASE_FIELDS],
    build: async () => {
      const release = await releaseColumns();
      return toCsv(
        [
          "id",
          "recommendation",
          "addressedTo",
          "madeBy",
          "rationale",
          "sources",
          "citations",
          "data_version",
          "data_date",
        ],
        (await getRecommendations()).map((recommendation) => ({
          ...recommendation,
          ...evidence(recommendation.citations),
          ...release,
        })),
      );
    },
  },
  {
    file: "citations.csv",
    collection: "citations",
    fields: [
      ["dataset", "The CSV file the entry is in, without “.csv”: timeline, relations, figures or recommendations."],
      ["id", "The entry’s id in that file; dataset and id together name one entry."],
      ["n", "The quotation’s number among the entry’s citations, from 1."],
      ...fieldsOf(citationSchema, ["source", "quote", "speaker", "paraphraseOf"]),
      ...RELEASE_FIELDS,
    ],
    build: async () => {
      const release = await releaseColumns();
      const rows = [];
      for (const [dataset, entries] of Object.entries(CITED_IN_CSV)) {
        for (const entry of await entries()) {
          for (const [i, citation] of entry.citations.entries()) {
            rows.push({ dataset, id: entry.id, n: i + 1, ...citation, ...release });
          }
        }
      }
      return toCsv(
        ["dataset", "id", "n", "source", "quote", "speaker", "paraphraseOf", "data_version", "data_date"],
        rows,
      );
    },
  },
  {
    file: "sources.json",
    collection: "sources",
    fields: [
      ...JSON_HEAD_FIELDS,
      ["sources", "The source documents, oldest first, each with the fields below."],
      ["id", "The id every citation uses; the source’s page is /sources/<id>/."],
      ...fieldsOf(sourceSchema, [
        "title",
        "standfirst",
        "authors",
        "organisation",
        "publisher",
        "periodical",
        "published",
        "dateline",
        "genre",
        "language",
        "url",
      ]),
      ["archived", "The Wayback Machine’s list of archived copies of that address."],
      ["page", "The source’s page on this site: who wrote it and why, how to read it, every claim that cites it."],
      ...fieldsOf(sourceSchema, ["description"]),
    ],
    build: async (site) =>
      json({
        ...(await jsonHead(site, "sources")),
        sources: (await getSources()).map(({ id, data }) => ({
          id,
          title: data.title,
          standfirst: data.standfirst,
          authors: data.authors,
          organisation: data.organisation,
          publisher: data.publisher,
          periodical: data.periodical,
          published: isoDate(data.published),
          dateline: data.dateline,
          genre: data.genre,
          language: data.language,
          url: data.url,
          archived: waybackLookup(data.url),
          page: new URL(withBase(sourcePath(id)), site).href,
          description: data.description,
        })),
      }),
  },
];

/** The files of one collection, for the direct download links on its reference page. */
export function downloadsOf(...collections: Collection[]): Download[] {
  return DOWNLOADS.filter((download) => collections.includes(download.collection));
}
