import type { SourceData } from "../schemas/source.ts";

/** Who wrote a source, as a reader would say it: the people, or else the organisation. */
export function authorLine(source: Pick<SourceData, "authors" | "organisation" | "publisher">): string {
  const names = source.authors.map((author) => author.name);
  if (names.length === 0) return source.organisation ?? source.publisher;
  if (names.length === 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/**
 * Where a source appeared, when that is not who wrote it: the newspaper that ran a column; nothing
 * for an organisation's own statement, which would otherwise name the organisation twice.
 */
export function outletOf(
  source: Pick<SourceData, "authors" | "organisation" | "publisher" | "periodical">,
): string | undefined {
  return source.periodical === authorLine(source) ? undefined : source.periodical;
}

/**
 * Whose words a quotation is, when not simply the source's author's, as the note under it says:
 * the words of a person the source quotes, or the source's own account of what someone said
 * (which is not a quotation of them, and stays attributed to the source).
 */
export function voiceOf(
  citation: { speaker?: string | undefined; paraphraseOf?: string | undefined },
  author: string,
): string | undefined {
  if (citation.speaker !== undefined) return `Words of ${citation.speaker}, quoted by`;
  if (citation.paraphraseOf === undefined) return undefined;
  const person = citation.paraphraseOf.includes(",") ? `${citation.paraphraseOf},` : citation.paraphraseOf;
  return `${author}’s account, not a quotation, of what ${person} said:`;
}
