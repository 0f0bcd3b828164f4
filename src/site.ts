/** Facts about the site itself, used by the layout, metadata and pages. */
export const SITE = {
  name: "ISKP Explained",
  tagline: "The threat from the Islamic State Khorasan Province, and the responses proposed to it, claim by claim",
  description:
    "A cited explainer for students and journalists on the threat posed by the Islamic State Khorasan Province (ISKP) and the policy responses proposed to it. Every claim links to the exact words of its source.",
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  /** When the site's method and standards pages were last reviewed. */
  reviewed: new Date("2026-11-22"),
} as const;

/** Primary navigation, in the order a newcomer needs it. */
export const NAV = [
  { href: "/articles/", label: "Articles" },
  { href: "/sources/", label: "Sources" },
  { href: "/about/", label: "Method" },
] as const;
