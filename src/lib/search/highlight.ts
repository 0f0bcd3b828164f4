/**
 * The query parameter that asks a page to highlight the searched words, as in
 * `/glossary/?highlight=tricenarian#term-tricenarian`. The search page adds it to result links and
 * Pagefind's highlight script reads it. Kept in a module of its own because every page imports it.
 */
export const HIGHLIGHT_PARAM = "highlight";
