import { isMap, isSeq, type Node as YamlNode } from "yaml";
import type { Location } from "./extract.ts";
import type { YamlBlock } from "./yaml.ts";

/** One citation found in a data entry, with where it is written. */
export interface DataCitation extends Location {
  /** Its position in the entry's `citations` list. */
  index: number;
  raw: unknown;
}

/** One entry of a data file: its id, fields and line, plus every citation in it. */
export interface DataEntry extends Location {
  id: string;
  /** Its position in the file's list. */
  index: number;
  fields: Record<string, unknown>;
  citations: DataCitation[];
}

/** A YAML scalar as text (a string, or a number written without quotes); "" for anything else. */
export function scalar(value: unknown): string {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/** Reads the entries and citations of a YAML data file, keeping line numbers for error messages. */
export function readEntries(block: YamlBlock): { entries: DataEntry[]; problems: (Location & { message: string })[] } {
  const root = block.document.contents;
  if (!isSeq(root)) {
    return {
      entries: [],
      problems:
        block.problems.length > 0 ? [] : [{ line: 1, column: 1, message: "a data file must be a list of entries" }],
    };
  }
  const entries: DataEntry[] = [];
  for (const [index, item] of root.items.entries()) {
    if (!isMap(item)) continue;
    const fields = item.toJS(block.document) as Record<string, unknown>;
    // A change log's entries are named by their day and claims; other entries have an id.
    const id = Array.isArray(fields["claims"])
      ? `${scalar(fields["date"])} ${fields["claims"].map(scalar).join(", ")}`
      : scalar(fields["id"] ?? fields["domain"]);
    const citationsNode = item.get("citations", true);
    const citations: DataCitation[] = isSeq(citationsNode)
      ? citationsNode.items.map((citation, i) => ({
          ...block.at(citation as YamlNode),
          index: i,
          raw: (citation as YamlNode).toJS(block.document) as unknown,
        }))
      : [];
    entries.push({ ...block.at(item), id, index, fields, citations });
  }
  return { entries, problems: [] };
}
