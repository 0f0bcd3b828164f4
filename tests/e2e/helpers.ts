import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page, Request } from "@playwright/test";
import { z } from "astro/zod";
import { timelineEventSchema } from "../../src/schemas/data";

/** A timeline event as timeline.json publishes it: its entry, with its date as explicit bounds too. */
export const publishedEventSchema = timelineEventSchema.extend({
  date_start: z.string(),
  date_end: z.string(),
  date_precision: z.enum(["day", "month", "year", "before"]),
});

/** The built site the tests run against: playwright.config.ts's web server builds it first. */
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/**
 * The paths of every page in a built site's sitemap (the site's promise of what exists), read from
 * its files. Playwright starts the web servers, which build the site, before it collects the tests,
 * so a spec can make a test per page.
 */
export function sitemapPaths(dir = DIST): string[] {
  const index = join(dir, "sitemap-index.xml");
  if (!existsSync(index)) {
    throw new Error(`No ${index}: run \`npm run build\` first (\`npm run test:e2e\` builds the site itself).`);
  }
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? ""));
  return locations(readFileSync(index, "utf8")).flatMap((sitemap) =>
    locations(readFileSync(join(dir, sitemap.pathname.split("/").at(-1) ?? ""), "utf8")).map((url) => url.pathname),
  );
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

/** What axe-core finds against WCAG 2.2 AA on the page as it is now: one line per rule broken. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    // One axe.run in the page, rather than a run per frame gathered in a blank page of its own: the
    // same findings (the site has no frames), in less than half the time on a long page.
    .setLegacyMode(true)
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The page's JSON-LD objects. */
export async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
}

/** A page in a fresh context that may read and write the clipboard, as the copy buttons need. */
export async function pageWithClipboard(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  return context.newPage();
}
