import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { createCompileCache, digestOfFiles } from "../lib/compile-cache.ts";

/** The plugin of @astrojs/mdx that compiles an .mdx file into a module. */
const MDX_PLUGIN = "@mdx-js/rolldown";

/** The packages that compile MDX. */
const COMPILERS = ["astro", "@astrojs/mdx", "@astrojs/markdown-satteri", "satteri"];

/**
 * What besides its own text decides what an .mdx file compiles to, as files of the project: the
 * config (MDX options, Markdown plugins and their options), everything under src/ (the plugins in
 * src/lib/markdown/ and whatever they import), and the lockfile.
 */
const PIPELINE_FILES = [
  "astro.config.mjs",
  "src",
  "package-lock.json",
  // Their installed versions too: the bench's and the build tests' copies of the project share the
  // packages without the lockfile. (Two of them do not export their package.json to require.)
  ...COMPILERS.map((name) => `node_modules/${name}/package.json`),
];

type Transform = Extract<NonNullable<Plugin["transform"]>, { handler: unknown }>;
type TransformResult = Awaited<ReturnType<Transform["handler"]>>;

/**
 * Keeps each article's compiled MDX between builds, so that a build after an edit compiles only the
 * files that changed. @astrojs/mdx compiles every .mdx file in every build and keeps nothing, nor
 * does Vite: at 1,000 articles that is 3.9 s of the main thread in each build's bundling.
 *
 * It wraps the compile step of @astrojs/mdx's plugin (MDX_PLUGIN), which offers no cache of its own.
 * An entry is named by a digest of the file's path and text and of everything else its code depends
 * on (PIPELINE_FILES, the site's origin and base path, whether source maps are made), so a change
 * to any of them compiles every file again. Entries live in Astro's cache folder
 * (node_modules/.astro/mdx-compile/); the build drops those it did not use. `astro build --force`
 * (`npm run build -- --force`) compiles every file afresh.
 */
export function mdxCompileCache(): AstroIntegration {
  return {
    name: "mdx-compile-cache",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig, logger }) => {
        if (command !== "build") return;
        const root = fileURLToPath(config.root);
        const dir = fileURLToPath(new URL("mdx-compile/", config.cacheDir));
        const settings = [String(config.site), config.base];
        // Astro reads --force itself (its content layer starts afresh); so does this cache.
        const fresh = process.argv.includes("--force");
        const wrapped = new WeakSet<object>();
        let reported = 0;
        let cache: ReturnType<typeof createCompileCache<TransformResult>> | undefined;

        const plugin: Plugin = {
          name: "mdx-compile-cache",
          configResolved(resolved) {
            const mdx = resolved.plugins.find((candidate) => candidate.name === MDX_PLUGIN);
            const transform = mdx?.transform;
            if (typeof transform !== "object") {
              throw new Error(
                `mdx-compile-cache: @astrojs/mdx has no plugin "${MDX_PLUGIN}" with a transform hook any more. ` +
                  "Remove mdxCompileCache() from astro.config.mjs, or update it to the plugin's new name.",
              );
            }
            // Each of Vite's environments resolves the same plugin objects: wrap the hook once.
            if (wrapped.has(transform)) return;
            wrapped.add(transform);
            const pipeline = digestOfFiles(root, PIPELINE_FILES, [...settings, String(resolved.build.sourcemap)]);
            const active = (cache ??= createCompileCache<TransformResult>({ dir, pipeline, fresh }));
            const compile = transform.handler;
            transform.handler = function (code, id, options) {
              return active.get(id, code, async () => compile.call(this, code, id, options));
            };
          },
          buildEnd(error) {
            // Vite ends each of its environments; only the one that compiled the .mdx files has asked
            // for them all, and pruning after any other would drop entries this build still needs.
            if (error || !cache || cache.counts().asked === reported) return;
            const { asked, compiled } = cache.counts();
            reported = asked;
            const pruned = cache.prune();
            logger.info(
              `${asked} MDX files: ${asked - compiled} compiled in an earlier build, ${compiled} now; ${pruned} old entries dropped.`,
            );
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
