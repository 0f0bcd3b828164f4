/**
 * The components authors use in articles, available without an import. Every place that renders
 * an article's MDX passes this one map, so an article renders the same everywhere.
 */
import Background from "./Background.astro";
import Claim from "./Claim.astro";
import ClaimWithoutNote from "./ClaimWithoutNote.astro";
import Framing from "./Framing.astro";
import KeyPoints from "./KeyPoints.astro";
import Question from "./Question.astro";
import Questions from "./Questions.astro";
import Term from "./Term.astro";

export const mdxComponents = { Claim, KeyPoints, Framing, Background, Questions, Question, Term };

/** The same, for a page that prints each article's footnotes beside it (the print edition). */
export const mdxComponentsWithoutNotes = { ...mdxComponents, Claim: ClaimWithoutNote };
