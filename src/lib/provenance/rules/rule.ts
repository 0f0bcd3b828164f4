import type { z } from "astro/zod";
import type { Location } from "../extract.ts";
import type { Site } from "../site.ts";
import type { YamlBlock } from "../yaml.ts";

/** One thing wrong with the content, as a rule reports it: where, what, and how to fix it. */
export interface Problem extends Location {
  file: string;
  message: string;
  fix: string;
  /** The quotation at fault, if any. */
  quote?: string;
  /** The passage of the source the quotation most resembles. */
  closest?: string;
  /** The id of the claim at fault, so that a page can show the error where the claim is. */
  claim?: string;
}

/**
 * One rule of the content check. Each lives in a file of its own with a fixture of its own
 * (tests/fixtures/rules/<name>/), and CONTRIBUTING lists it in a line.
 */
export interface Rule {
  /** Kebab-case; shown with every error the rule reports. */
  name: string;
  /** What it refuses, in one line. */
  refuses: string;
  check(site: Site, report: (problem: Problem) => void): void;
}

/** The fields a zod object schema knows, for a fix that names the right spelling. */
function knownFields(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * Validates `value` (read from `block`, at `path` within it) against `schema` and reports each
 * issue at the line where the field is written, in the words an author needs.
 */
export function reportSchema(
  schema: z.ZodType,
  value: unknown,
  block: YamlBlock,
  path: readonly PropertyKey[],
  file: string,
  what: string,
  report: (problem: Problem) => void,
): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const keys = (issue as { keys?: string[] }).keys;
    if (issue.code === "unrecognized_keys" && keys) {
      for (const key of keys) {
        const known = issue.path.length === 0 ? knownFields(schema) : [];
        report({
          file,
          ...block.locate([...path, ...issue.path, key]),
          message: `${what}: unknown field "${key}"`,
          fix:
            known.length > 0
              ? `check its spelling; the fields are: ${known.join(", ")}`
              : "check its spelling, or remove it",
        });
      }
      continue;
    }
    const field = issue.path.join(".");
    report({
      file,
      ...block.locate([...path, ...issue.path]),
      message: `${what}: ${field ? `${field} ` : ""}${issue.message}`,
      fix: "see the field's description in src/schemas/, and CONTRIBUTING.md",
    });
  }
}

/** Words as a reader counts them, lower case. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replaceAll("’", "'")
    .split(/[^\p{L}\p{N}'%]+/u)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word.length > 0);
}
