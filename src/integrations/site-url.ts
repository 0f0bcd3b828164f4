import type { AstroIntegration } from "astro";
import { isPlaceholderSite, PLACEHOLDER_SITE } from "../lib/deployment.ts";

/**
 * Warns during a build that uses the placeholder origin: the site still builds (tests and previews
 * need no address), but every citation, canonical link, feed and share link would point at a
 * domain that serves nothing.
 */
export function siteUrl(): AstroIntegration {
  return {
    name: "site-url",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        if (command !== "build" || !isPlaceholderSite(config.site)) return;
        logger.warn(
          `SITE_URL is not set, so citations, canonical links, feeds and share links carry the placeholder ${PLACEHOLDER_SITE}. ` +
            "Set SITE_URL to the production origin when building for deployment (see CONTRIBUTING.md, Deploying).",
        );
      },
    },
  };
}
