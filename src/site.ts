import { PAGES } from "~/lib/routes";

/** Facts about the site itself, used by the layout, metadata and pages. */
export const SITE = {
  name: "ISKP Explained",
  tagline: "The threat from the Islamic State Khorasan Province, and the responses proposed to it, claim by claim",
  description:
    "A cited explainer for students and journalists on the threat posed by the Islamic State Khorasan Province (ISKP) and the policy responses proposed to it. Every claim links to the exact words of its source.",
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  /** When the site was first published. */
  published: new Date("2026-11-22"),
  /** When the site's method, reference and data pages were last reviewed. */
  reviewed: new Date("2026-11-29"),
} as const;

/** Primary navigation, in the order a newcomer needs it; short labels, to fit a phone's width. */
export const NAV = [
  { href: PAGES.articles.path, label: PAGES.articles.name },
  { href: PAGES.timeline.path, label: PAGES.timeline.name },
  { href: PAGES.glossary.path, label: PAGES.glossary.name },
  { href: PAGES.sources.path, label: PAGES.sources.name },
  { href: PAGES.data.path, label: "Data" },
  { href: PAGES.about.path, label: PAGES.about.name },
] as const;

/** A page of a list of pages, with a line on what it holds. */
const listed = (page: { path: string; name: string }, text: string) => ({ href: page.path, label: page.name, text });

/** The reference pages: structured, cited data for revising and looking things up. */
export const REFERENCE = [
  listed(PAGES.timeline, "Every event the sources mention, dated as precisely as they date it."),
  listed(PAGES.glossary, "The groups, organisations and ideas you will meet, A to Z."),
  listed(PAGES.actors, "Who opposes, targets, harbours or warns whom, and who says so."),
  listed(PAGES.map, "Where the documented events took place, and the countries the sources discuss."),
  listed(PAGES.recommendations, "Who proposes what, to whom, and why."),
  listed(PAGES.keyFigures, "Every number in the sources, exactly as they word it."),
  listed(PAGES.data, "All of it as JSON and CSV, each entry with its evidence."),
] as const;

/** Ways through the whole site: revising, printing, following its changes. The footer lists them. */
export const GUIDES = [
  listed(PAGES.study, "Every article’s key points and questions, a glossary self-test and an exercise on the sources."),
  listed(PAGES.print, "All the articles with their footnotes, to print or save as PDF."),
  listed(PAGES.corrections, "Every correction since publication, with feeds."),
] as const;

/**
 * The address the site is published at, for absolute URLs in metadata, JSON-LD and citations.
 * `astro.config.mjs` always sets `site` (a placeholder until a deployment names one), so a page
 * without it is a broken configuration, and says so rather than printing localhost URLs.
 */
export function siteAddress(site: URL | undefined): URL {
  if (!site)
    throw new Error(
      "astro.config.mjs sets no `site`: absolute URLs cannot be made (deploymentFromEnv in src/lib/deployment.ts sets it).",
    );
  return site;
}
