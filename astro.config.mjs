// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { mdxCompileCache } from "./src/integrations/mdx-compile-cache.ts";
import { provenance } from "./src/integrations/provenance.ts";
import { siteUrl } from "./src/integrations/site-url.ts";
import { deploymentFromEnv } from "./src/lib/deployment.ts";
import { baseLinks } from "./src/lib/markdown/base-links.ts";
import { claimParagraphs } from "./src/lib/markdown/claim-paragraphs.ts";
import { stackedTables } from "./src/lib/markdown/stacked-tables.ts";

// The production origin. Journalists cite absolute URLs, so canonical links, the sitemap and
// feeds need one; set SITE_URL when deploying (see README). The default is a placeholder domain.
// BASE_PATH serves the site from a sub-path (a GitHub Pages project site: /<repository>/).
const { site, base } = deploymentFromEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  integrations: [
    provenance(),
    siteUrl(),
    mdx({ processor: satteri({ mdastPlugins: [claimParagraphs, baseLinks(base)], hastPlugins: [stackedTables] }) }),
    mdxCompileCache(),
    sitemap(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // The citation worker's source (src/lib/citation/format-off-thread.ts), which Node runs as it is.
    define: {
      __CITATION_FORMAT_WORKER__: JSON.stringify(new URL("./src/lib/citation/format-worker.ts", import.meta.url).href),
    },
    build: {
      rolldownOptions: {
        // Astro marks the assets module of every MDX page with a directive of its own, and Rolldown
        // warns about it with a code frame, once per article (withastro/astro#18087): 14,000 lines at
        // 1,000 articles, in which a warning that matters would go unseen. Only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  // The stylesheet (7 KB gzip) goes inside each page: a phone then paints the page from its first
  // response, with no request that blocks rendering. It costs each page those 7 KB, which caching
  // a shared file would save on the second page a reader opens.
  // Four pages render at once: while some wait for their references from the citation worker
  // (src/lib/citation/format-off-thread.ts), the others render. With two, the main thread still sat
  // idle 6 s of a 1,000-article build's 41 s of rendering; four took `astro build` to 0.90× the time
  // (3 paired runs) at the same peak memory, and eight were no faster than four.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
  // No code blocks on this site; Shiki's inline styles would also conflict with the CSP below.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A page whose code and data are unchanged since the last build is copied from Astro's cache
  // (node_modules/.astro) instead of rendered: articles, print volumes and citation files give
  // their data's key (getCacheKey in src/content.ts). `npm run build -- --force` renders every page.
  experimental: { incrementalBuild: true },
  // A Content Security Policy in every page, with hashes for Astro's own scripts and styles: nothing
  // runs or loads unless it is the site's own. 'wasm-unsafe-eval' lets Pagefind's search index,
  // which is WebAssembly, run on /search/; it allows no JavaScript eval.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
