/**
 * Each article's glossary terms and components, from the content check's parse, handed to the
 * pages without a module. The check (src/integrations/provenance.ts) runs in the same process as
 * the pages, and parses every article anyway; pages parsing them all again took 2.8 s of the main
 * thread at 1,000 articles, on every build. A module would carry the outlines too, but every page
 * would then import it, and adding a glossary term to one article would render every page again
 * (see CONTRIBUTING, "The content check beside the build").
 *
 * The integration and the pages each load their own copy of this file (the pages' is bundled), so
 * the outlines live in one global slot.
 */

/** An article's outline: what the site needs to know of its body besides its claims. */
export interface SharedOutline {
  /** The ids of the glossary terms it uses (`<Term id>`). */
  terms: string[];
  /** The names of the components it uses: `Claim`, `KeyPoints`. */
  components: string[];
}

const SLOT = Symbol.for("iskp-explained.article-outlines");
const store = globalThis as { [SLOT]?: Record<string, SharedOutline> };

/** Publishes the outlines of the latest check, by article slug (the integration). */
export function publishOutlines(outlines: Record<string, SharedOutline>): void {
  store[SLOT] = outlines;
}

/** The published outline of the article `slug`, if the check gave one (the pages). */
export function publishedOutline(slug: string): SharedOutline | undefined {
  return store[SLOT]?.[slug];
}
