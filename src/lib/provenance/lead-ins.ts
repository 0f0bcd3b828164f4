/** A claim that may be an item of a list introduced by another claim. */
export interface MaybeListItem {
  id: string;
  leadIn?: string;
}

/** A claim as a list shows it: with the list items it introduces, if any are in the same list. */
export interface NestedClaim<T> {
  claim: T;
  items: T[];
}

/**
 * Puts each list-item claim under the claim that introduces it, when both are in `claims`, so a
 * list of claims out of their article (a source's "cited on this site") still reads "He names
 * three: the attack on…; an attack on…" rather than showing a fragment alone. Order is kept; an
 * item whose lead-in is not in `claims` stays where it is.
 */
export function nestUnderLeadIns<T extends MaybeListItem>(claims: readonly T[]): NestedClaim<T>[] {
  const ids = new Set(claims.map((claim) => claim.id));
  const nested = new Map<string, NestedClaim<T>>();
  const result: NestedClaim<T>[] = [];
  for (const claim of claims) {
    const parent = claim.leadIn !== undefined && ids.has(claim.leadIn) ? nested.get(claim.leadIn) : undefined;
    if (parent) {
      parent.items.push(claim);
      continue;
    }
    const entry = { claim, items: [] };
    nested.set(claim.id, entry);
    result.push(entry);
  }
  return result;
}
