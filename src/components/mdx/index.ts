/**
 * The components authors use in articles, available without an import. Every place that renders
 * an article's MDX passes this one map, so an article renders the same everywhere.
 */
import Background from "./Background.astro";
import type { AUTHOR_COMPONENTS } from "~/lib/provenance/rules/markup-safety";
import Claim from "./Claim.astro";
import ClaimRef from "./ClaimRef.astro";
import ClaimWithoutNote from "./ClaimWithoutNote.astro";
import Framing from "./Framing.astro";
import KeyPoints from "./KeyPoints.astro";
import Question from "./Question.astro";
import Questions from "./Questions.astro";
import SourceDetails from "./SourceDetails.astro";
import Term from "./Term.astro";

/** Exactly the components the content check lets authors use (AUTHOR_COMPONENTS). */
export const mdxComponents = {
  Claim,
  ClaimRef,
  KeyPoints,
  Framing,
  Background,
  Questions,
  Question,
  Term,
  SourceDetails,
} satisfies Record<(typeof AUTHOR_COMPONENTS)[number], unknown>;

/** The same, for a page that prints each article's footnotes beside it (the print edition). */
export const mdxComponentsWithoutNotes = { ...mdxComponents, Claim: ClaimWithoutNote };
