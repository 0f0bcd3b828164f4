/**
 * Who makes recommendations, grouped as readers think of them: a person who leads or belongs to an
 * organisation is listed under it (Adam Hadley under Tech Against Terrorism, which he leads), so
 * that choosing the organisation includes its people. Worked out from the relations, never listed
 * by hand.
 */

export interface MakerActor {
  id: string;
  type: string;
}

export interface MakerRelation {
  from: string;
  to: string;
  kind: string;
}

export interface MakerGroup {
  /** The organisation, or a maker who belongs to none. */
  id: string;
  /** The people in it who make recommendations themselves, in order of first appearance. */
  people: string[];
}

/** Relations that put a person inside an organisation. */
const MEMBERSHIP = new Set(["leads", "part-of"]);

/** The organisation a person speaks within, if the relations name one. */
export function organisationOf(
  id: string,
  actors: readonly MakerActor[],
  relations: readonly MakerRelation[],
): string | undefined {
  const type = (actorId: string) => actors.find((actor) => actor.id === actorId)?.type;
  if (type(id) !== "person") return undefined;
  return relations.find(
    (relation) => relation.from === id && MEMBERSHIP.has(relation.kind) && type(relation.to) !== "person",
  )?.to;
}

/** Makers (in order of first appearance) grouped under the organisations they belong to. */
export function groupMakers(
  makers: readonly string[],
  actors: readonly MakerActor[],
  relations: readonly MakerRelation[],
): MakerGroup[] {
  const groups = new Map<string, MakerGroup>();
  for (const maker of makers) {
    const organisation = organisationOf(maker, actors, relations);
    const id = organisation ?? maker;
    const group = groups.get(id) ?? { id, people: [] };
    if (organisation && !group.people.includes(maker)) group.people.push(maker);
    groups.set(id, group);
  }
  return [...groups.values()];
}
