import type { CitationUse } from "../site.ts";

/** The source's sentences a located quotation is taken from, joined: the context it must keep. */
export function citedSentences(use: CitationUse): string {
  const { source, match } = use;
  if (!source || !match?.ok) return "";
  return source.sentences
    .filter((sentence) => match.spans.some((span) => sentence.start < span.end && span.start < sentence.end))
    .map((sentence) => sentence.text)
    .join(" ");
}

/** Where a rule reports a problem with a citation: its file and line, and its claim's id. */
export function placeOf(use: CitationUse) {
  return {
    file: use.file,
    line: use.line,
    column: use.column,
    ...(use.claim?.parsed ? { claim: use.claim.parsed.id } : {}),
  };
}
