import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getFeedEntries } from "~/content";
import { withBase } from "~/lib/paths";
import { PAGES } from "~/lib/routes";
import { SITE, siteAddress } from "~/site";

/** New articles and corrections, as RSS 2.0. */
export const GET: APIRoute = async ({ site }) => {
  const home = new URL(withBase(PAGES.home.path), siteAddress(site));
  return rss({
    title: `${SITE.name}: articles and corrections`,
    description: SITE.description,
    site: home.href,
    items: (await getFeedEntries()).map((entry) => ({
      title: entry.title,
      // Absolute, so that @astrojs/rss uses it as it is: given a path, it would add a slash after a
      // #fragment (/articles/x/#corrections/).
      link: new URL(withBase(entry.path), home).href,
      pubDate: entry.date,
      description: entry.summary,
      categories: [entry.kind],
    })),
    customData: "<language>en-gb</language>",
  });
};
