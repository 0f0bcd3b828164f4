/**
 * The content check's claims, handed from the integration that runs the check before a build
 * (`src/integrations/provenance.ts`) to the pages that number and show them (`src/content.ts`), so
 * that one build checks its content once. The check is the slowest step before rendering: checking
 * twice cost a thousand-article build about five seconds.
 *
 * The integration and the pages are different module instances (Astro loads the config with its
 * own loader and renders from a bundle), but `astro build` renders static pages in the process
 * that ran the integration, so the claims are kept on the process's global object. Anything that
 * renders elsewhere (the dev server, after an edit) finds nothing here and runs the check itself.
 */
import type { CheckedClaim } from "./provenance/check.ts";

const KEY = Symbol.for("iskp-explained.checked-claims");

type Holder = Record<typeof KEY, CheckedClaim[] | undefined>;

/** Keeps the claims of this build's content check for the pages to use. */
export function shareCheckedClaims(claims: CheckedClaim[]): void {
  (globalThis as unknown as Holder)[KEY] = claims;
}

/** The claims the integration checked in this process, if it did. */
export function sharedCheckedClaims(): CheckedClaim[] | undefined {
  return (globalThis as unknown as Holder)[KEY];
}
