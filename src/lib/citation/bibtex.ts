/**
 * A reference as a biblatex entry, the form reference managers (Zotero, JabRef) and LaTeX users
 * import. Written here rather than by citation-js, whose BibTeX export gives a web page as `@misc`
 * with no site name and a `month` field that biblatex refuses (`nov 22`).
 */
import type { CslItem } from "./csl-item.ts";

export interface BibtexOptions {
  /** The citation key, unique in a reader's library. Required. */
  key: string;
  /** The day the reader accessed the page (YYYY-MM-DD). Without it, the entry has no urldate. */
  accessed?: string | undefined;
}

/** biblatex's language names (`langid`), by the language tags the site uses. */
const LANGIDS: Record<string, string> = { en: "english", "en-GB": "british", "en-US": "american" };

/** Characters TeX reads as commands, each as the command that prints it. */
const SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\^{}",
};

/** Text as TeX prints it; everything else (curly quotes, accents) stays UTF-8, which biber reads. */
export function escapeTex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (character) => SPECIALS[character] ?? character);
}

const isoDay = (parts: readonly number[]) =>
  parts.map((part, i) => String(part).padStart(i === 0 ? 4 : 2, "0")).join("-");

/** A name list: people as "Family, Given", an organisation in braces so it is never split. */
function names(authors: NonNullable<CslItem["author"]>): string {
  return authors
    .map((author) =>
      "literal" in author
        ? `{${escapeTex(author.literal)}}`
        : `${escapeTex(author.family)}, ${escapeTex(author.given)}`,
    )
    .join(" and ");
}

/**
 * The entry: `@online` for a web page (this site's pages, a press release), with the website as
 * its organisation; `@article` with `entrysubtype = {newspaper}` for a newspaper article. Dates
 * are ISO 8601, as biblatex's `date` and `urldate` expect. The title is braced whole, so that no
 * style changes its capitals: titles are quoted as their authors wrote them.
 */
export function toBibtex(item: CslItem, { key, accessed }: BibtexOptions): string {
  if (!/^[A-Za-z0-9][\w:.-]*$/.test(key)) throw new Error(`not a usable BibTeX key: ${key}`);
  const [issued] = item.issued["date-parts"];
  const newspaper = item.type === "article-newspaper";
  const container = item["container-title"];
  const fields: [string, string | undefined][] = [
    ["author", item.author && item.author.length > 0 ? names(item.author) : undefined],
    ["title", `{${escapeTex(item.title)}}`],
    [newspaper ? "journaltitle" : "organization", container && escapeTex(container)],
    ["entrysubtype", newspaper ? "newspaper" : undefined],
    ["note", item.genre && escapeTex(item.genre)],
    ["date", isoDay(issued)],
    ["url", item.URL],
    ["urldate", accessed],
    ["langid", item.language && LANGIDS[item.language]],
  ];
  const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = {${value}},`] : []));
  return `@${newspaper ? "article" : "online"}{${key},\n${body.join("\n")}\n}\n`;
}
