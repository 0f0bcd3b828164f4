// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { provenance } from "./src/integrations/provenance.ts";
import { claimParagraphs } from "./src/lib/markdown/claim-paragraphs.ts";

// The production origin. Journalists cite absolute URLs, so canonical links, the sitemap and
// feeds need one; set SITE_URL when deploying (see README). The default is a placeholder domain.
const site = process.env["SITE_URL"] ?? "https://iskp-explained.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [provenance(), mdx({ processor: satteri({ mdastPlugins: [claimParagraphs] }) }), sitemap()],
  vite: { plugins: [tailwindcss()] },
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
