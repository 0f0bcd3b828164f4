import type { APIRoute } from "astro";

/** Everything may be crawled; the sitemap URL needs the configured origin, so this is generated. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL("sitemap-index.xml", site).href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
