import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { checkContent, formatError, type CheckResult } from "../lib/provenance/check.ts";
import { loadContent, type ContentFiles } from "../lib/provenance/load.ts";
import { pageClaim, siteDigest } from "../lib/provenance/site-digest.ts";

/**
 * The module pages read the check's result from: `import { claims, errors } from "virtual:provenance"`.
 * Its code changes only when what a page can show changes (claims go without their line and
 * column), because Astro's incremental build re-renders every page whose modules changed.
 */
const MODULE = "virtual:provenance";
const RESOLVED = `\0${MODULE}`;

/**
 * Runs the content check (src/lib/provenance/) once per set of content files, and shares the
 * result: the build stops on any error before anything is built, and pages number and show claims
 * from the same result. In `astro dev` errors are logged at start-up and the module is checked
 * again when a content file changes, so a page with a broken claim shows the error, with its file,
 * line and fix, in Astro's error overlay.
 */
export function provenance(): AstroIntegration {
  let root = "";
  let last: { key: string; result: CheckResult } | undefined;
  const check = (): { files: ContentFiles; result: CheckResult } => {
    const files = loadContent(root);
    const key = JSON.stringify(files);
    if (last?.key !== key) last = { key, result: checkContent(files) };
    return { files, result: last.result };
  };

  return {
    name: "provenance",
    hooks: {
      "astro:config:setup": ({ command, config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: "provenance",
                resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
                load(id) {
                  if (id !== RESOLVED) return undefined;
                  const { files, result } = check();
                  for (const file of [...files.sources, ...files.articles, ...files.data]) {
                    this.addWatchFile(join(root, file.file));
                  }
                  const claims = result.claims.map(pageClaim);
                  return [
                    `export const claims = ${JSON.stringify(claims)};`,
                    `export const errors = ${JSON.stringify(result.errors)};`,
                    `export const minute = ${JSON.stringify(result.minute.ids)};`,
                    `export const record = ${files.record?.json ?? "{}"};`,
                    `export const digest = ${JSON.stringify(siteDigest(files, claims, result.minute.ids))};`,
                  ].join("\n");
                },
              },
            ],
          },
        });
        const { result } = check();
        if (result.errors.length === 0) {
          logger.info(`${result.claims.length} claims verified against ${result.sources.length} sources`);
          return;
        }
        const report = result.errors.map(formatError).join("\n\n");
        if (command === "build") {
          throw new Error(`${result.errors.length} content error(s); nothing was built.\n\n${report}`);
        }
        logger.error(`${result.errors.length} content error(s):\n\n${report}`);
      },
    },
  };
}
