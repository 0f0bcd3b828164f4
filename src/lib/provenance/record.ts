/**
 * The record of published claims (content/claims-record.json), kept like a lockfile: every claim the
 * site has published, its wording now and before, and when and why it changed or went. The
 * content check compares the content with it (rules/claim-record.ts); `npm run record:claims`
 * brings it up to date once a change is logged (scripts/record-claims.ts). Pure: nothing here
 * reads or writes files.
 */
import type { Citation, ClaimKind } from "../../schemas/claim.ts";
import { normalise } from "./normalise.ts";

/** What a claim said at one time: the meaning a journalist cites. */
export interface ClaimState {
  /** The slug of the article it is on. */
  page: string;
  kind: ClaimKind;
  text: string;
  citations: Citation[];
}

/** A dated, explained change to a claim's meaning, with what it said before. */
export interface ClaimRevision {
  date: string;
  type: ChangeType;
  reason: string;
  was: ClaimState;
}

/** How a claim left the site. */
export interface ClaimRemoval {
  date: string;
  type: ChangeType;
  reason: string;
  /** The claim that carries its content now, if any. */
  to?: string;
}

export interface RecordedClaim extends ClaimState {
  /** The day it was first published. */
  published: string;
  /** Its earlier meanings, oldest first. */
  history: ClaimRevision[];
  removed?: ClaimRemoval;
}

export interface ClaimRecord {
  about: string;
  claims: Record<string, RecordedClaim>;
}

export const changeTypes = ["correction", "clarification", "update", "merge"] as const;
export type ChangeType = (typeof changeTypes)[number];

export const RECORD_ABOUT =
  "Every claim this site has published, with its wording now and before, and when and why each change was made. Written by `npm run record:claims`; do not edit by hand. See CONTRIBUTING.md, “When a claim changes”.";

/**
 * A claim's meaning, for comparison: its kind, its sentence and its evidence, with whitespace and
 * typographic punctuation (quote marks, apostrophes, dashes) folded away, so that only a change a
 * reader would notice in what is claimed counts. Its page is not part of its meaning.
 */
export function meaningOf(state: Pick<ClaimState, "kind" | "text" | "citations">): string {
  const citations = state.citations
    .map((citation) => ({
      source: citation.source,
      quote: normalise(citation.quote),
      speaker: citation.speaker ?? "",
      paraphraseOf: citation.paraphraseOf ?? "",
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return JSON.stringify({ kind: state.kind, text: normalise(state.text), citations });
}

/** What differs between two meanings, in the words of the issue a journalist would care about. */
export function whatChanged(before: ClaimState, after: ClaimState): string[] {
  const parts: string[] = [];
  if (before.kind !== after.kind) parts.push(`its kind (${before.kind} → ${after.kind})`);
  if (normalise(before.text) !== normalise(after.text)) parts.push("its sentence");
  if (meaningOf({ ...before, kind: after.kind, text: after.text }) !== meaningOf(after)) parts.push("its evidence");
  return parts;
}

/** The snapshot of a claim's current state kept in the record. */
export function stateOf(claim: ClaimState): ClaimState {
  return { page: claim.page, kind: claim.kind, text: claim.text, citations: claim.citations };
}

/** A logged change (content/claim-changes.yaml) to one or more claims. */
export interface LoggedChange {
  date: string;
  type: ChangeType;
  reason: string;
  claims: string[];
}

/** True when `revision` records `change` (same day, type and reason). */
export function records(revision: Pick<ClaimRevision, "date" | "type" | "reason">, change: LoggedChange): boolean {
  return revision.date === change.date && revision.type === change.type && revision.reason === change.reason;
}
