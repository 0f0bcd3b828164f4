import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { Location } from "./extract.ts";

/** A data file (`content/<collection>.yaml`) as the check needs it. */
export interface DataText {
  /** The collection name: the file name without `.yaml`. */
  collection: string;
  file: string;
  yaml: string;
}

/** One citation found in a data entry, with where it is written. */
export interface DataCitation extends Location {
  entryId: string;
  raw: unknown;
}

/** One entry of a data file: its id, fields and line, plus every citation in it. */
export interface DataEntry extends Location {
  id: string;
  fields: Record<string, unknown>;
  citations: DataCitation[];
}

export interface DataExtract {
  entries: DataEntry[];
  problems: (Location & { message: string; fix: string })[];
}

function location(node: YamlNode | null | undefined, counter: LineCounter): Location {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

/** Reads the entries and citations of a YAML data file, keeping line numbers for error messages. */
export function extractFromYaml(text: string): DataExtract {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const problems: DataExtract["problems"] = document.errors.map((error) => ({
    line: error.linePos?.[0].line ?? 0,
    column: error.linePos?.[0].col ?? 0,
    message: `the YAML cannot be parsed: ${error.message.split("\n")[0] ?? ""}`,
    fix: "check indentation and quoting; a quotation containing a colon or a quote mark needs quoting",
  }));
  const entries: DataEntry[] = [];
  const root = document.contents;
  if (!isSeq(root)) {
    if (problems.length === 0) {
      problems.push({
        line: 1,
        column: 1,
        message: "a data file must be a list of entries",
        fix: "start each entry with `- id: …`",
      });
    }
    return { entries, problems };
  }
  for (const item of root.items) {
    if (!isMap(item)) continue;
    const fields = item.toJSON() as Record<string, unknown>;
    const id = typeof fields["id"] === "string" ? fields["id"] : "";
    const citationsNode = item.get("citations", true);
    const citations: DataCitation[] = isSeq(citationsNode)
      ? citationsNode.items.map((citation) => ({
          ...location(citation as YamlNode, counter),
          entryId: id,
          raw: (citation as YamlNode).toJSON() as unknown,
        }))
      : [];
    entries.push({ ...location(item, counter), id, fields, citations });
  }
  return { entries, problems };
}
