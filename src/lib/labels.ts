import type { eventKinds, placeRoles, Relation } from "~/schemas/data";

/** How pages, graphics and their text alternatives name each kind of event. */
export const EVENT_KIND_LABELS: Record<(typeof eventKinds)[number], { one: string; many: string }> = {
  attack: { one: "Attack", many: "Attacks" },
  warning: { one: "Warning", many: "Warnings" },
  publication: { one: "Publication", many: "Publications" },
  statement: { one: "Statement", many: "Statements" },
};

/** Why the map shows a place, as its legend and table say it. */
export const PLACE_ROLE_LABELS: Record<(typeof placeRoles)[number], string> = {
  attacked: "Scene of an attack the sources document",
  targeted: "Named by a source as a target of ISKP",
  named: "Named in the sources' account for another reason",
};

/** A relation's kind as words: "should-cooperate-with" → "should cooperate with". */
export function relationText(relation: Pick<Relation, "kind">): string {
  return relation.kind.replaceAll("-", " ");
}
