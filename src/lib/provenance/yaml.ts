import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { Location } from "./extract.ts";

/** A YAML document (a data file or a frontmatter block) that can say where each value is written. */
export interface YamlBlock {
  /** The parsed value, with dates left as the strings they were written as. */
  value: unknown;
  /** Where the value at `path` is written, as a file position; the block's start when it is absent. */
  locate(path: readonly PropertyKey[]): Location;
  /** Where a YAML node starts, as a file position. */
  at(node: YamlNode | null | undefined): Location;
  /** Syntax errors, each at its file position. */
  problems: (Location & { message: string })[];
  document: Document;
}

/**
 * Parses `text` as YAML, `firstLine` being the file line it starts on (2 for frontmatter, after the
 * opening `---`). Dates stay strings (YAML 1.2 core schema), so `2021-02-31` reaches the schema as
 * written and is refused there, instead of silently rolling over to 3 March.
 */
export function parseYaml(text: string, firstLine = 1): YamlBlock {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, schema: "core", uniqueKeys: true });
  const position = (offset: number): Location => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const at = (node: YamlNode | null | undefined): Location => position(node?.range?.[0] ?? 0);
  return {
    value: document.toJS() as unknown,
    document,
    at,
    locate(path) {
      // The deepest node that exists on the way to `path`: a wrong value is reported where it is
      // written, a missing field at the entry that lacks it.
      const parent = document.getIn(path.slice(0, -1) as unknown[], true);
      if (path.length > 0 && isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
        if (isScalar(pair?.key)) return at(pair.key);
      }
      for (let depth = path.length; depth >= 0; depth--) {
        const node = document.getIn(path.slice(0, depth) as unknown[], true) as YamlNode | undefined;
        if (node?.range) return at(node);
      }
      return position(0);
    },
    problems: document.errors.map((error) => ({
      line: (error.linePos?.[0].line ?? 1) + firstLine - 1,
      column: error.linePos?.[0].col ?? 1,
      message: error.message.split("\n")[0] ?? "",
    })),
  };
}

/** A file split into its frontmatter (parsed, with positions) and its body. */
export interface Frontmatter {
  /** The frontmatter, or undefined when the file has none. */
  yaml: YamlBlock | undefined;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

/** Splits `---` frontmatter from a Markdown or MDX file. */
export function readFrontmatter(raw: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/.exec(raw);
  if (!match) return { yaml: undefined, body: raw, bodyLine: 1 };
  return {
    yaml: parseYaml(match[1] ?? "", 2),
    body: raw.slice(match[0].length),
    bodyLine: match[0].split("\n").length,
  };
}
