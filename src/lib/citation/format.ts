import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { toBibtex } from "./bibtex.ts";
import { localeXml, styleXml } from "./csl-styles.ts";
import type { CslItem } from "./csl-item.ts";

/** The citation styles offered to readers: official CSL styles, with the edition each implements. */
export const STYLES = [
  { id: "apa", label: "APA (7th edition)", lang: "en-US" },
  { id: "modern-language-association", label: "MLA (9th edition)", lang: "en-US" },
  { id: "chicago-note-bibliography", label: "Chicago (17th edition, bibliography)", lang: "en-US" },
  { id: "harvard-cite-them-right", label: "Harvard (Cite Them Right)", lang: "en-GB" },
] as const;

export type StyleId = (typeof STYLES)[number]["id"];

let registered = false;
function register() {
  if (registered) return;
  const config = plugins.config.get("@csl");
  // APA 7 ships with citation-js; the others come from the CSL project's repository.
  for (const style of STYLES) if (style.id !== "apa") config.styles.add(style.id, styleXml(style.id));
  config.locales.add("en-GB", localeXml("en-GB"));
  registered = true;
}

const authorName = (author: NonNullable<CslItem["author"]>[number]) =>
  "literal" in author ? author.literal : `${author.given} ${author.family}`;

/**
 * Styles disagree about an organisation that is both the author and the website: APA and Harvard
 * name it once, as the author; MLA and Chicago name it once, as the website, and begin with the
 * title. The official styles do not remove the repetition themselves, so the data given to each
 * style says it once, in the place that style expects.
 */
export function forStyle(item: CslItem, style: StyleId): CslItem {
  const [only, ...others] = item.author ?? [];
  const sameAsSite = only !== undefined && others.length === 0 && authorName(only) === item["container-title"];
  if (!sameAsSite) return item;
  if (style === "apa" || style === "harvard-cite-them-right") {
    const { "container-title": _site, ...rest } = item;
    return rest;
  }
  const { author: _author, ...rest } = item;
  return rest;
}

/** A formatted reference in one style. */
export interface FormattedReference {
  style: StyleId;
  label: string;
  /** HTML for the page (the default), or plain text. */
  reference: string;
}

/**
 * The item's reference in every offered style, formatted by citeproc-js through citation-js: HTML
 * for the page, or plain text. Pages ask for HTML only: each formatting runs the style's citeproc
 * engine (citation-js keeps one per style), a few milliseconds that a thousand pages multiply.
 */
export function formatReferences(item: CslItem, format: "html" | "text" = "html"): FormattedReference[] {
  register();
  return STYLES.map((style) => {
    const formatted = new Cite(forStyle(item, style.id)).format("bibliography", {
      template: style.id,
      lang: style.lang,
      format,
    });
    return {
      style: style.id,
      label: style.label,
      reference:
        format === "html"
          ? formatted
              .replace(/^\s*<div class="csl-bib-body">\s*<div[^>]*>/, "")
              .replace(/<\/div>\s*<\/div>\s*$/, "")
              .trim()
          : formatted.trim(),
    };
  });
}

/**
 * The reference as BibTeX (biblatex), RIS and CSL-JSON, for reference managers. `key` is the
 * BibTeX citation key. A file has no access date: it is written once, not on the day it is read.
 */
export function exportReference(item: CslItem, key: string): { bibtex: string; ris: string; csl: string } {
  // No citation style is needed, so none is registered: in the build's main thread, which writes
  // these files, reading the styles would only add to its memory.
  const cite = new Cite(item);
  return {
    bibtex: toBibtex(item, { key }),
    // citation-js's default ("new") RIS mapping drops the author and the full date of a newspaper
    // article. The long-standing tags (A1, Y1, T1, JF) keep them, and every reference manager reads
    // them. PY, a newer tag, repeats Y1's year; without it the record is consistently old-style, so
    // parsers read it with the old mapping too. citation-js also breaks values every 70 characters,
    // which splits a long URL or title in two for reference managers that read a line as a field:
    // the breaks are joined back, so that every field is one line.
    ris: `${cite
      .format("ris", { spec: "old" })
      .replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, "")
      .split("\n")
      .filter((line) => !line.startsWith("PY  -"))
      .join("\n")
      .trim()}\n`,
    csl: `${JSON.stringify([item], null, 2)}\n`,
  };
}

/** `[2024, 7, 9]` from a Date, in UTC so builds are reproducible. */
export function dateParts(date: Date): [[number, number, number]] {
  return [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]];
}
