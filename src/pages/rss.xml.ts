import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getFeedEntries } from "~/content";
import { SITE } from "~/site";

/** New articles and corrections, as RSS 2.0. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `${SITE.name}: articles and corrections`,
    description: SITE.description,
    site: site ?? "http://localhost/",
    items: (await getFeedEntries()).map((entry) => ({
      title: entry.title,
      link: entry.path,
      pubDate: entry.date,
      description: entry.summary,
      categories: [entry.kind],
    })),
    customData: "<language>en-gb</language>",
  });
