/**
 * Every label the site shows for a kind of thing, in one place: kinds of claim, event, actor,
 * place and relation. The schemas define the kinds; this module names them for readers.
 */
import type { ClaimKind } from "../schemas/claim.ts";
import { sentenceCase } from "./typography.ts";
import type { actorTypes, eventKinds, placeRoles, Relation, relationKinds } from "../schemas/data.ts";

/** How each kind is explained to readers (footnotes, source pages, the method page). */
export const CLAIM_KIND_LABELS: Record<ClaimKind, { label: string; description: string }> = {
  fact: {
    label: "Fact",
    description: "An event, date, name, place or relationship that the source states.",
  },
  figure: { label: "Figure", description: "A number, worded exactly as the source words it." },
  reported: {
    label: "Reported",
    description:
      "Something the source relays from others without vouching for it (“reportedly”, “claim to”), so neither the source nor this site states it as fact.",
  },
  assessment: {
    label: "Assessment",
    description: "A source’s judgement about the threat: how serious, how capable, what is growing.",
  },
  opinion: { label: "Opinion", description: "An argument or value judgement of the author." },
  warning: {
    label: "Warning",
    description: "A statement that something dangerous is happening or will happen without action.",
  },
  recommendation: {
    label: "Recommendation",
    description: "What someone should do, and who should do it.",
  },
};

/** How pages, graphics and their text alternatives name each kind of event. */
export const EVENT_KIND_LABELS: Record<(typeof eventKinds)[number], { one: string; many: string }> = {
  attack: { one: "Attack", many: "Attacks" },
  warning: { one: "Warning", many: "Warnings" },
  publication: { one: "Publication", many: "Publications" },
  statement: { one: "Statement", many: "Statements" },
};

/** The headings the actors page groups actors under, by type. */
export const ACTOR_TYPE_LABELS: Record<(typeof actorTypes)[number], string> = {
  group: "Militant groups",
  state: "States",
  government: "Governments",
  organisation: "Organisations",
  person: "People",
  institution: "Institutions",
  sector: "Sectors",
};

/** Why the map shows a place, as its legend and table say it. */
export const PLACE_ROLE_LABELS: Record<(typeof placeRoles)[number], string> = {
  attacked: "Scene of an attack a source reports",
  targeted: "Named by a source as a target of ISKP",
  named: "Named by a source for another reason",
};

/** Each kind of relation as the verb that reads "from VERB to". */
const RELATION_VERBS: Record<(typeof relationKinds)[number], string> = {
  opposes: "opposes",
  targets: "targets",
  attacked: "attacked",
  harbours: "harbours",
  fights: "fights",
  warned: "warned",
  leads: "leads",
  "part-of": "is part of",
  publishes: "publishes",
  // Bacha: Russia and China "may seize this opportunity by enhancing counterterrorism cooperation".
  "may-cooperate-with": "may enhance cooperation with",
  // Bacha writes of trust "seeing new lows between Russia and the West": strained, both ways.
  "strained-trust-with": "has strained trust with",
  "responds-to": "responds to",
};

/** A relation as the words between its two actors: "is part of", "reportedly warned". */
export function relationText(relation: Pick<Relation, "kind" | "reportedly">): string {
  return `${relation.reportedly ? "reportedly " : ""}${RELATION_VERBS[relation.kind]}`;
}

/**
 * An actor's name where it stands alone or starts a sentence (a heading, a box, a list label).
 * Names are stored as they read mid-sentence ("the West", "regional countries").
 */
export function standaloneName(name: string): string {
  return sentenceCase(name);
}
