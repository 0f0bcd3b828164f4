import { ASSERTION_FIELDS, entryText } from "../site.ts";
import { placeOf } from "./shared.ts";
import type { Rule } from "./rule.ts";

const POSSIBLE = /\b(?:can|may|might|could)\b/i;
const REQUIRED =
  /\b(?:should|must|need|needs|needed|ought|has to|have to|urge[sd]?|urging|requires?|vital|necessary|can only|cannot)\b/i;
const DEMANDING = /\b(?:should|must|need|needs|ought)\b/i;

/** Hedges the source puts on a fact, and the words that keep each in the site's sentence. */
const HEDGES: { source: RegExp; keep: RegExp; say: string }[] = [
  { source: /\bapproximately\b/i, keep: /\bapproximately\b/i, say: "approximately" },
  { source: /\bapparently\b/i, keep: /\bapparent/i, say: "apparently" },
  { source: /\balleged\b/i, keep: /\balleg/i, say: "alleged" },
  { source: /\bby and large\b/i, keep: /\bby and large\b|\blargely\b|\bmostly\b/i, say: "by and large" },
  { source: /\bappears\b|\bseems?\b/i, keep: /\bappear|\bseem/i, say: "appears" },
];

export const hedgesKept: Rule = {
  name: "hedges-kept",
  refuses:
    "site words that say should, must or need where the quotations only say can, may, might or could; and a hedge of the quotation (approximately, apparently, alleged, by and large, appears) missing from the site's words",
  check(site, report) {
    const seen = new Set<string>();
    for (const use of site.citations) {
      const at = { ...placeOf(use), quote: use.citation.quote };
      const quotes = use.siblings.map((citation) => citation.quote).join(" ");
      const owner = `${use.file}:${use.line}`;
      const asserted = use.entry ? entryText(use.entry.collection, use.entry.fields, ASSERTION_FIELDS) : use.siteText;
      if (!seen.has(owner) && POSSIBLE.test(quotes) && !REQUIRED.test(quotes) && DEMANDING.test(asserted)) {
        seen.add(owner);
        report({
          ...at,
          message: `${use.label}: the source says “${POSSIBLE.exec(quotes)?.[0] ?? ""}”, the site says “${DEMANDING.exec(asserted)?.[0] ?? ""}”`,
          fix: "keep the source's modal: say what can or may be done, not what should or must be",
        });
      }
      for (const hedge of HEDGES) {
        if (!hedge.source.test(use.citation.quote) || hedge.keep.test(use.siteText)) continue;
        report({
          ...at,
          message: `${use.label}: the quotation says “${hedge.say}”, the site's words do not`,
          fix: `keep the hedge (“${hedge.say}”) in the site's words, or quote only the part of the passage the claim is about`,
        });
      }
    }
  },
};
