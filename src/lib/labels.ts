import type { eventKinds, placeRoles, Relation, relationKinds } from "../schemas/data.ts";

/** How pages, graphics and their text alternatives name each kind of event. */
export const EVENT_KIND_LABELS: Record<(typeof eventKinds)[number], { one: string; many: string }> = {
  attack: { one: "Attack", many: "Attacks" },
  warning: { one: "Warning", many: "Warnings" },
  publication: { one: "Publication", many: "Publications" },
  statement: { one: "Statement", many: "Statements" },
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
  return name.charAt(0).toUpperCase() + name.slice(1);
}
