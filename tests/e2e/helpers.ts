import type { Page, Request } from "@playwright/test";
import { z } from "astro/zod";
import { timelineEventSchema } from "../../src/schemas/data";

/** A timeline event as timeline.json publishes it: its entry, with its date as explicit bounds too. */
export const publishedEventSchema = timelineEventSchema.extend({
  date_start: z.string(),
  date_end: z.string(),
  date_precision: z.enum(["day", "month", "year", "before"]),
});

/** The paths of every page in the sitemap (the site's promise of what exists), plus the 404 page. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get("/sitemap-index.xml")).text();
  const paths: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await page.request.get(new URL(sitemap ?? "").pathname)).text();
    for (const [, url] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(url ?? "").pathname);
  }
  return paths;
}

/** Records every request the page makes to anywhere but the site itself. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on("request", (request: Request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !["data:", "blob:"].includes(url.protocol)) foreign.push(request.url());
  });
  return foreign;
}
