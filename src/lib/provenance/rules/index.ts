/**
 * The rules of the content check, in the order their errors are listed. Each is in a file of its
 * own, with a fixture of its own in tests/fixtures/rules/<name>/; CONTRIBUTING lists them.
 */
import { articleFiles } from "./article-files.ts";
import { articleHasClaims } from "./article-has-claims.ts";
import { articleOrder } from "./article-order.ts";
import { claimLinks } from "./claim-links.ts";
import { claimRecord } from "./claim-record.ts";
import { claimProps } from "./claim-props.ts";
import { dataIds } from "./data-ids.ts";
import { dataReferences } from "./data-references.ts";
import { dataSchema } from "./data-schema.ts";
import { externalLinks } from "./external-links.ts";
import { fileSyntax } from "./file-syntax.ts";
import { frontmatter } from "./frontmatter.ts";
import { glossaryTerms } from "./glossary-terms.ts";
import { headingFacts } from "./heading-facts.ts";
import { hedgesKept } from "./hedges-kept.ts";
import { markupSafety } from "./markup-safety.ts";
import { movedClaims } from "./moved-claims.ts";
import { quoteCharacters } from "./quote-characters.ts";
import { quoteEllipsis } from "./quote-ellipsis.ts";
import { quoteFound } from "./quote-found.ts";
import { quoteFragments } from "./quote-fragments.ts";
import { quoteUnique } from "./quote-unique.ts";
import { quoteWordBoundaries } from "./quote-word-boundaries.ts";
import { relativeDates } from "./relative-dates.ts";
import { relayedClaims } from "./relayed-claims.ts";
import type { Rule } from "./rule.ts";
import { sourceKnown } from "./source-known.ts";
import { speakerQuoted } from "./speaker-quoted.ts";
import { uncitedText } from "./uncited-text.ts";

export const RULES: readonly Rule[] = [
  // The files themselves
  fileSyntax,
  frontmatter,
  dataSchema,
  articleFiles,
  articleOrder,
  markupSafety,
  externalLinks,
  // Claims and what is cited
  claimProps,
  articleHasClaims,
  uncitedText,
  headingFacts,
  // Quotations against their sources
  sourceKnown,
  quoteFound,
  quoteWordBoundaries,
  quoteCharacters,
  quoteFragments,
  quoteEllipsis,
  quoteUnique,
  // Meaning: who said it, how sure, when
  speakerQuoted,
  relayedClaims,
  hedgesKept,
  relativeDates,
  // References between files
  claimLinks,
  glossaryTerms,
  dataIds,
  dataReferences,
  movedClaims,
  // Published claims never change silently
  claimRecord,
];
