/**
 * Reads the Nu HTML Checker's JSON report (`vnu.jar --format json`, which it writes to stderr) and
 * turns its messages into `file:line:col: message` lines that editors and terminals link to.
 * Format: https://wiki.whatwg.org/wiki/Validator.nu_JSON_Output
 */
import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** One message of the report. Lines and columns are 1-based; only `type` and `message` are always there. */
export interface NuMessage {
  /** "error", "info" (with subType "warning" for warnings) or "non-document-error" (a file it could not read). */
  type: string;
  subType?: string;
  /** The checked document, as a file: URL. */
  url?: string;
  message: string;
  /** Where the problem starts; when absent, it starts on `lastLine`. */
  firstLine?: number;
  firstColumn?: number;
  lastLine?: number;
  lastColumn?: number;
  /** A snippet of the source around the problem, and which part of it to highlight. */
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
}

/** The messages of a report. Throws, quoting the start of the output, when it is not one. */
export function parseNuReport(output: string): NuMessage[] {
  let report: unknown;
  try {
    report = JSON.parse(output);
  } catch {
    throw new Error(`The Nu HTML Checker did not print a JSON report. It said:\n${output.slice(0, 2000)}`);
  }
  const messages = (report as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) throw new Error("The Nu HTML Checker's report has no list of messages.");
  return messages as NuMessage[];
}

/**
 * Errors fail the check, and so does a file the checker could not read. Info and warnings do not:
 * they are advice (an `aria-hidden` that `hidden` makes redundant, say), not invalid HTML.
 */
export const isFailure = (message: NuMessage) => message.type === "error" || message.type === "non-document-error";

/** `dist/articles/a/index.html:12:40`: the file relative to `cwd`, and where the problem starts. */
export function locationOf(message: NuMessage, cwd: string): string {
  const file = message.url?.startsWith("file:")
    ? relative(cwd, fileURLToPath(message.url)).split(sep).join("/")
    : (message.url ?? "(no file)");
  const line = message.firstLine ?? message.lastLine;
  const column = message.firstColumn ?? message.lastColumn;
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

/**
 * The message as a compiler would print it, then the extract on one line (built pages are mostly
 * one long line) with carets under the highlighted part.
 */
export function formatMessage(message: NuMessage, cwd: string): string {
  const lines = [`${locationOf(message, cwd)}: ${message.message}`];
  if (message.extract) {
    // One character for one, so that the carets stay under the highlight.
    const extract = message.extract.replace(/[\r\n\t]/g, " ");
    lines.push(`    ${extract}`);
    if (message.hiliteStart !== undefined && message.hiliteLength) {
      const length = Math.max(1, Math.min(message.hiliteLength, extract.length - message.hiliteStart));
      lines.push(`    ${" ".repeat(message.hiliteStart)}${"^".repeat(length)}`);
    }
  }
  return lines.join("\n");
}
