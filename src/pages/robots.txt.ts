import type { APIRoute } from "astro";
import { withBase } from "~/lib/paths";
import { FILES } from "~/lib/routes";
import { siteAddress } from "~/site";

/**
 * Everything may be crawled; the sitemap URL needs the configured origin, so this is generated.
 * Crawlers read robots.txt only at the root of an origin: under a sub-path (BASE_PATH) this file is
 * not consulted, and the sitemap link in every page's head does its job.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(FILES.sitemap), siteAddress(site)).href}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
