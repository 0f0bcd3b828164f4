/**
 * What the content check hands to the pages without a module: each article's outline (its glossary
 * terms and components), the claims as pages show them, and the record of published claims. The
 * check (src/integrations/provenance.ts) runs in the same process as the pages.
 *
 * - Outlines: the check parses every article anyway; pages parsing them all again took 2.8 s of the
 *   main thread at 1,000 articles. A module would carry them too, but every page would then import
 *   it, and adding a glossary term to one article would render every page again.
 * - Claims and the record: as JSON in a module's code they were 24 MB at 1,000 articles, which the
 *   bundler parsed and the pages' bundle carried, beside a second copy of every claim in memory.
 *   The module `virtual:provenance` keeps a digest of both instead, so a page that imports it still
 *   renders again when a claim or the record changes (see CONTRIBUTING, "The content check runs
 *   beside the build").
 *
 * The integration and the pages each load their own copy of this file (the pages' is bundled), so
 * the check lives in one global slot.
 */
import type { ClaimRecord } from "./record.ts";
import type { PageClaim } from "./site-digest.ts";

/** An article's outline: what the site needs to know of its body besides its claims. */
export interface SharedOutline {
  /** The ids of the glossary terms it uses (`<Term id>`). */
  terms: string[];
  /** The names of the components it uses: `Claim`, `KeyPoints`. */
  components: string[];
}

/** The latest check, as the pages read it. */
export interface SharedCheck {
  /** Each article's outline, by slug. */
  outlines: Record<string, SharedOutline>;
  /** Every claim, in the order of the articles and of the claims in each. */
  claims: PageClaim[];
  /** The record of published claims (content/claims-record.json), or `{}` when there is none. */
  record: Partial<ClaimRecord>;
}

const SLOT = Symbol.for("iskp-explained.content-check");
const store = globalThis as { [SLOT]?: SharedCheck };

/** Publishes the latest check (the integration). */
export function publishCheck(check: SharedCheck): void {
  store[SLOT] = check;
}

function published(): SharedCheck {
  const check = store[SLOT];
  if (!check) {
    throw new Error(
      "The content check has not published its result: pages can only be built by Astro with the provenance integration (astro.config.mjs).",
    );
  }
  return check;
}

/** The published outline of the article `slug`, if the check gave one (the pages). */
export function publishedOutline(slug: string): SharedOutline | undefined {
  return published().outlines[slug];
}

/** Every claim the check published (the pages). */
export function publishedClaims(): PageClaim[] {
  return published().claims;
}

/** The record of published claims the check published (the pages). */
export function publishedRecord(): Partial<ClaimRecord> {
  return published().record;
}
