import type { APIRoute } from "astro";
import { getFeedEntries } from "~/content";
import { withBase } from "~/lib/paths";
import { FILES, PAGES } from "~/lib/routes";
import { SITE, siteAddress } from "~/site";

/** New articles and corrections, as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export const GET: APIRoute = async ({ site }) => {
  const origin = siteAddress(site);
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: `${SITE.name}: articles and corrections`,
    home_page_url: new URL(withBase(PAGES.home.path), origin).href,
    feed_url: new URL(withBase(FILES.jsonFeed), origin).href,
    description: SITE.description,
    language: "en-GB",
    authors: [{ name: SITE.name, url: new URL(withBase(PAGES.home.path), origin).href }],
    items: (await getFeedEntries()).map((entry) => ({
      id: new URL(withBase(entry.path), origin).href,
      url: new URL(withBase(entry.path), origin).href,
      title: entry.title,
      content_text: entry.summary,
      date_published: entry.date.toISOString(),
      tags: [entry.kind],
    })),
  };
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
};
