import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { checkContent, formatError } from "../lib/provenance/check.ts";
import { loadContent } from "../lib/provenance/load.ts";
import { shareCheckedClaims } from "../lib/provenance-result.ts";

/**
 * Runs the content check before every build: a quotation that is not in its source, an unknown
 * source, a duplicate claim id or a broken claim link stops the build with the file and line.
 * In `astro dev` the same errors are logged, so a writer sees them without losing the server.
 * A build hands the verified claims on to the pages, which would otherwise check them again.
 */
export function provenance(): AstroIntegration {
  return {
    name: "provenance",
    hooks: {
      "astro:config:setup": ({ command, config, logger }) => {
        const { sources, articles, data } = loadContent(fileURLToPath(config.root));
        const { errors, claims } = checkContent(sources, articles, data);
        if (errors.length === 0) {
          if (command === "build") shareCheckedClaims(claims);
          logger.info(`${claims.length} claims verified against ${sources.length} sources`);
          return;
        }
        const report = errors.map(formatError).join("\n\n");
        if (command === "build") {
          throw new Error(`${errors.length} content error(s); nothing was built.\n\n${report}`);
        }
        logger.error(`${errors.length} content error(s):\n\n${report}`);
      },
    },
  };
}
