import type { SourceData } from "../schemas/source.ts";

/** Who wrote a source, as a reader would say it: the people, or else the organisation. */
export function authorLine(source: Pick<SourceData, "authors" | "organisation" | "publisher">): string {
  const names = source.authors.map((author) => author.name);
  if (names.length === 0) return source.organisation ?? source.publisher;
  if (names.length === 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/** Who wrote a source and who published it, the publisher left out when it is the same body. */
export function authorAndPublisher(source: Pick<SourceData, "authors" | "organisation" | "publisher">): string {
  const author = authorLine(source);
  return author === source.publisher ? author : `${author}, ${source.publisher}`;
}
