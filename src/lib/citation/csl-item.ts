/** A reference in CSL-JSON, the data model every style and export format is generated from. */
export interface CslItem {
  id: string;
  type: "webpage" | "article-newspaper" | "dataset";
  title: string;
  /** People, or an organisation as `{ literal }`. Omit when the site itself is the author. */
  author?: ({ family: string; given: string } | { literal: string })[];
  /** The website or newspaper. */
  "container-title"?: string;
  publisher?: string;
  /** "Press release", for example. */
  genre?: string;
  issued: { "date-parts": [[number, number, number]] };
  accessed?: { "date-parts": [[number, number, number]] };
  URL: string;
  language?: string;
}
