import { normaliseBase } from "./paths.ts";

/**
 * Where the built site will live, from the two environment variables a deployment sets. The Astro
 * config and the checks that run after the build both read it from here, so they agree.
 */
export interface Deployment {
  /** The production origin, such as `https://example.org`: canonical links, feeds and citations use it. */
  site: string;
  /** The path the site is served under: `/`, or `/iskp-explained/` on a GitHub Pages project site. */
  base: string;
}

/** The origin used when SITE_URL is not set. Nothing is served there; the build warns when it is used. */
export const PLACEHOLDER_SITE = "https://iskp-explained.example.org";

/** Reads SITE_URL (an origin) and BASE_PATH (a path, `/` by default). */
export function deploymentFromEnv(env: Record<string, string | undefined>): Deployment {
  const value = env["SITE_URL"]?.trim() || PLACEHOLDER_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not a URL; set it to the site's origin, such as https://example.org.`);
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    // A path in SITE_URL would silently disagree with BASE_PATH; one variable says each thing.
    throw new Error(
      `SITE_URL "${value}" has a path; set SITE_URL to the origin (${url.origin}) and BASE_PATH to the path (${url.pathname}).`,
    );
  }
  return { site: url.origin, base: normaliseBase(env["BASE_PATH"]) };
}

/** Whether a configured site is the placeholder, whose address citations and share links would then carry. */
export function isPlaceholderSite(site: string | URL | undefined): boolean {
  return site === undefined || new URL(site).origin === PLACEHOLDER_SITE;
}
