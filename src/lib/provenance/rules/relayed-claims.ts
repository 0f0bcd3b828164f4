import { citedSentences, placeOf } from "./shared.ts";
import type { Rule } from "./rule.ts";

/**
 * What a source relays from others without vouching for it, and the words that keep it relayed in
 * the site's own sentence.
 */
const RELAYS: { source: RegExp; keep: RegExp; say: string }[] = [
  { source: /\breportedly\b/i, keep: /\breport/i, say: "reportedly" },
  { source: /\ballegedly\b/i, keep: /\balleg/i, say: "allegedly" },
  { source: /\bclaims? to\b/i, keep: /\bclaim/i, say: "claim to" },
  { source: /\bis said to\b|\bare said to\b/i, keep: /\bsaid\b|\breport/i, say: "is said to" },
];

export const relayedClaims: Rule = {
  name: "relayed-claims",
  refuses:
    "a claim resting on a sentence the source relays (“Reportedly”, “claim to”) that is filed as a fact or figure, or whose words drop the “reportedly”; and a relation from such a sentence without reportedly: true",
  check(site, report) {
    for (const use of site.citations) {
      const context = citedSentences(use);
      for (const relay of RELAYS) {
        if (!relay.source.test(context)) continue;
        const at = { ...placeOf(use), quote: use.citation.quote };
        const kind = use.claim?.parsed?.kind;
        if (kind === "fact" || kind === "figure") {
          report({
            ...at,
            message: `${use.label}: the source relays this (“${relay.say}”), but the claim's kind is ${kind}`,
            fix: 'use kind="reported": the source does not vouch for it, so the site must not show it as fact',
          });
        }
        if (use.entry?.collection === "relations" && use.entry.fields["reportedly"] !== true) {
          report({
            ...at,
            message: `${use.label}: the source relays this relation (“${relay.say}”)`,
            fix: "add reportedly: true",
          });
        }
        if (!relay.keep.test(use.siteText)) {
          report({
            ...at,
            message: `${use.label}: the source says “${relay.say}”, the site's words do not`,
            fix: `keep the hedge in the site's words (“${relay.say}”, “according to …”), as EDITORIAL §1 asks`,
          });
        }
      }
    }
  },
};
