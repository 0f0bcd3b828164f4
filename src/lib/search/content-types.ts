/**
 * The kinds of page the search index holds. Each indexed page declares one on its `<main>`
 * (`data-pagefind-filter="type:<value>"`), and the search page offers them as a filter. Pages
 * without one are left out of the index: the home page and /data/, which only lead elsewhere, the
 * print volumes, which repeat the articles word for word, and the search page itself.
 */
export const searchContentTypes = [
  { value: "Article", label: "Articles" },
  { value: "Source", label: "Sources" },
  { value: "Glossary", label: "Glossary" },
  { value: "Timeline", label: "Timeline" },
  { value: "Actors", label: "Actors and relations" },
  { value: "Map", label: "Map" },
  { value: "Recommendations", label: "Recommendations" },
  { value: "Key figures", label: "Key figures" },
  { value: "Study", label: "Study guide and print edition" },
  { value: "About", label: "Method and corrections" },
] as const;

export type SearchContentType = (typeof searchContentTypes)[number]["value"];

/** The Pagefind filter that holds a page's content type. */
export const SEARCH_TYPE_FILTER = "type";

/** The attributes that put a page's main content in the search index, under its content type. */
export function searchAttributes(type: SearchContentType): Record<string, string> {
  return { "data-pagefind-body": "", "data-pagefind-filter": `${SEARCH_TYPE_FILTER}:${type}` };
}
