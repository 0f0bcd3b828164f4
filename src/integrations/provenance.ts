import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration } from "astro";
import { formatError, type CheckResult } from "../lib/provenance/check.ts";
import { loadContent, type ContentFiles } from "../lib/provenance/load.ts";
import { publishCheck } from "../lib/provenance/shared-check.ts";
import type { ClaimRecord } from "../lib/provenance/record.ts";
import { pageClaim, siteDigest } from "../lib/provenance/site-digest.ts";

/**
 * The module pages read the check's verdict from: `import { digest, errors } from "virtual:provenance"`.
 * The claims and the record of published claims go to the pages outside it
 * (src/lib/provenance/shared-check.ts); its code carries their digest, so it changes exactly when
 * what a page can show changes (claims go without their line and column), because Astro's
 * incremental build re-renders every page whose modules changed.
 */
const MODULE = "virtual:provenance";
const RESOLVED = `\0${MODULE}`;
/**
 * Each article's key points and questions, for /study/ alone: a module only that page imports, so
 * that an edit to a question re-renders the study guide, and not every page.
 */
const STUDY = "virtual:study";
const STUDY_RESOLVED = `\0${STUDY}`;

/** The content check of `files`, run in a worker thread (./provenance-worker.ts). */
function checkInWorker(files: ContentFiles): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./provenance-worker.ts", import.meta.url), { workerData: files });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => {
      reject(new Error(`The content check stopped (exit code ${String(code)}).`));
    });
  });
}

/** The check's errors, each with its file, line and fix. */
const listed = (result: CheckResult) => result.errors.map(formatError).join("\n\n");

/**
 * Runs the content check (src/lib/provenance/) once per set of content files, and shares the
 * result: pages number and show claims from it, and the build stops on any error. The check runs
 * in a worker thread, started as soon as the config is read, so that at 1,000 articles its 6 s
 * overlap Astro's content sync and bundling instead of coming before them. A build with errors
 * stops when the pages' bundle asks for the check's result, and at the latest when the pages are
 * written, before anything can be published. In `astro dev` errors are logged when the check ends
 * and the module is checked again when a content file changes, so a page with a broken claim shows
 * the error, with its file, line and fix, in Astro's error overlay.
 */
export function provenance(): AstroIntegration {
  let root = "";
  let command = "";
  let last: { key: string; result: Promise<CheckResult> } | undefined;
  const check = (): { files: ContentFiles; result: Promise<CheckResult> } => {
    const files = loadContent(root);
    // A build checks once (see `made`), so only `astro dev` needs a key to tell whether the files
    // changed. A digest, not the text: the files as JSON are 48 MB at 1,000 articles.
    const key = command === "build" ? "build" : createHash("sha256").update(JSON.stringify(files)).digest("base64url");
    if (last?.key !== key) last = { key, result: checkInWorker(files) };
    return { files, result: last.result };
  };
  /** The check's result; in a build, a check with errors stops it here. */
  const passed = async (result: Promise<CheckResult>) => {
    const done = await result;
    if (command === "build" && done.errors.length > 0) {
      throw new Error(`${done.errors.length} content error(s); nothing was built.\n\n${listed(done)}`);
    }
    return done;
  };
  /** The code of both modules, and the files to watch, from one check of the files. */
  const modules = async ({ files, result }: ReturnType<typeof check>) => {
    const done = await passed(result);
    const claims = done.claims.map(pageClaim);
    const record = files.record ? (JSON.parse(files.record.json) as Partial<ClaimRecord>) : {};
    publishCheck({ outlines: done.outlines, claims, record });
    return {
      watch: [...files.sources, ...files.articles, ...files.data].map((file) => join(root, file.file)),
      provenance: [
        `export const errors = ${JSON.stringify(done.errors)};`,
        `export const minute = ${JSON.stringify(done.minute.ids)};`,
        `export const digest = ${JSON.stringify(siteDigest(files, claims, done.minute.ids))};`,
      ].join("\n"),
      study: `export const outlines = ${JSON.stringify(done.study)};`,
    };
  };
  // In a build the content cannot change while it runs: the check started with it makes both
  // modules. Reading and digesting the files again for each module, and making the site digest
  // twice, took 1.5 s of the main thread at 1,000 articles, against 0.7 s now (one CPU profile
  // each). `astro dev` checks again whenever a module loads (after a content file changed).
  let started: ReturnType<typeof check> | undefined;
  let made: ReturnType<typeof modules> | undefined;

  return {
    name: "provenance",
    hooks: {
      "astro:config:setup": ({ command: running, config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        command = running;
        updateConfig({
          vite: {
            plugins: [
              {
                name: "provenance",
                resolveId: (id) => (id === MODULE ? RESOLVED : id === STUDY ? STUDY_RESOLVED : undefined),
                async load(id) {
                  if (id !== RESOLVED && id !== STUDY_RESOLVED) return undefined;
                  let code: Awaited<ReturnType<typeof modules>>;
                  if (command === "build") {
                    made ??= modules(started ?? check());
                    // The files are the modules' now; the build does not hold them until it ends.
                    started = undefined;
                    code = await made;
                  } else {
                    code = await modules(check());
                  }
                  for (const file of code.watch) this.addWatchFile(file);
                  return id === STUDY_RESOLVED ? code.study : code.provenance;
                },
              },
            ],
          },
        });
        const first = check();
        if (command === "build") started = first;
        // Not awaited: the check goes on while Astro syncs and bundles the content.
        first.result.then(
          (result) => {
            if (result.errors.length === 0) {
              logger.info(`${result.claims.length} claims verified against ${result.sources.length} sources`);
            } else if (command !== "build") {
              logger.error(`${result.errors.length} content error(s):\n\n${listed(result)}`);
            }
          },
          (error: unknown) => {
            logger.error(String(error));
          },
        );
      },
      // Should no page have asked for the result, a build with errors still stops before it is published.
      "astro:build:done": async () => {
        if (last) await passed(last.result);
      },
    },
  };
}
