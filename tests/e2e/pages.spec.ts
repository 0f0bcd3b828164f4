/**
 * What every page must do, checked on each page of the sitemap and on the 404 page: one test per
 * page, which loads the page once with JavaScript and runs every check on it, then once without.
 */
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, jsonLd, sitemapPaths, watchForeignRequests } from "./helpers";

/** The address of a page that does not exist: the host answers with the site's 404 page. */
const MISSING = "/no-such-page/";

/** The metadata reference managers, search engines and link previews read; each page has all of it. */
const METADATA = [
  "citation_title",
  "citation_publication_date",
  "citation_online_date",
  "citation_public_url",
  "citation_language",
  "DC.title",
  "DC.date",
  "og:title",
  "og:description",
  "og:url",
  "og:image",
  "twitter:card",
];

async function meta(page: Page, name: string): Promise<string | null> {
  return page.locator(`meta[name="${name}"], meta[property="${name}"]`).first().getAttribute("content");
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

test("the sitemap lists the home page, the method, the articles and the sources", () => {
  const paths = sitemapPaths();
  expect(paths).toEqual(expect.arrayContaining(["/", "/about/", "/articles/", "/sources/"]));
  expect(paths.filter((path) => path.startsWith("/articles/") && path !== "/articles/").length).toBeGreaterThan(0);
});

for (const path of [...sitemapPaths(), MISSING]) {
  const listed = path !== MISSING;

  test(`${path} passes every check a page must pass`, async ({ browser, baseURL }) => {
    // Two page loads and two axe runs over the whole page: the longest pages take 11 s on two cores
    // at a load of 10, which leaves the default 30 s too little room on a busier machine.
    test.setTimeout(60_000);
    const context = await browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    const foreign = watchForeignRequests(page, new URL(baseURL ?? "").origin);
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });

    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(listed ? 200 : 404);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator("h1")).toHaveCount(1);

    await test.step("a Content Security Policy, and no inline event handler", async () => {
      const html = (await response?.text()) ?? "";
      expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*object-src 'none'/);
      expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
    });

    await test.step("no word runs into the link after it", async () => {
      // In an .astro file, a line break between a word and a tag is dropped, not made a space:
      // "The⏎<a>study guide</a>" rendered as "Thestudy guide".
      const html = (await response?.text()) ?? "";
      expect(html.match(/.{0,40}\p{L}<a\s/gu) ?? []).toEqual([]);
    });

    if (listed) {
      await test.step("says when it was published and last reviewed", async () => {
        const main = page.getByRole("main");
        const published = main.locator(":is(p:has(> time), div:has(> dt))", { hasText: /^\s*Published/ }).first();
        const reviewed = main.locator(":is(p:has(> time), div:has(> dt))", { hasText: /Last reviewed/ }).first();
        await expect(published).toBeVisible();
        await expect(reviewed).toBeVisible();
        for (const dates of [published, reviewed]) {
          await expect(dates.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
        }
      });

      await test.step("citation, Dublin Core, OpenGraph and Twitter tags, JSON-LD, a 1200×630 share image", async () => {
        for (const name of METADATA) expect.soft(await meta(page, name), name).toMatch(/\S/);
        expect(await meta(page, "citation_publication_date")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
        // Zotero's Embedded Metadata translator records a web page only if og:type says "website".
        expect(await meta(page, "og:type")).toBe("website");
        const types = (await jsonLd(page)).map((object) => object["@type"]);
        expect(types).toEqual(expect.arrayContaining(["WebSite", "BreadcrumbList"]));
        const image = new URL((await meta(page, "og:image")) ?? "").pathname;
        const picture = await page.request.get(image);
        expect(picture.ok(), image).toBe(true);
        expect(pngSize(await picture.body()), image).toEqual({ width: 1200, height: 630 });
        // A browser opens it and shows the card: the site's blue along the top, paper in a corner.
        const colours = await page.evaluate(async (src) => {
          const card = new Image();
          card.src = src;
          await card.decode();
          const canvas = document.createElement("canvas");
          canvas.width = card.naturalWidth;
          canvas.height = card.naturalHeight;
          const context = canvas.getContext("2d");
          context?.drawImage(card, 0, 0);
          const at = (x: number, y: number) => [...(context?.getImageData(x, y, 1, 1).data ?? [])];
          return [at(600, 8), at(8, 620)];
        }, image);
        expect(colours, image).toEqual([
          [29, 78, 137, 255],
          [251, 250, 247, 255],
        ]);
      });
    }

    await test.step("axe finds no WCAG 2.2 AA violation, light theme", async () => {
      expect.soft(await axeViolations(page)).toEqual([]);
    });
    await test.step("axe finds no WCAG 2.2 AA violation, dark theme", async () => {
      // The dark theme follows the system's setting through CSS alone, so switching it applies it.
      await page.emulateMedia({ colorScheme: "dark" });
      expect.soft(await axeViolations(page)).toEqual([]);
    });

    await test.step("the scripts a reader triggers break no policy and fetch nothing from elsewhere", async () => {
      // A claim's note and the theme button.
      const marker = page.locator(".claim-marker").first();
      if ((await marker.count()) > 0) await marker.click();
      await page.getByRole("button", { name: "Dark theme" }).click();
      await page.waitForLoadState("networkidle");
      expect(refused).toEqual([]);
      expect(foreign).toEqual([]);
    });
    await context.close();

    await test.step("without JavaScript it shows its content and offers no control that needs it", async () => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noScript.newPage();
      await plain.goto(path);
      await expect(plain.locator("h1")).toBeVisible();
      expect((await plain.getByRole("main").innerText()).length).toBeGreaterThan(200);
      await expect(plain.getByRole("button", { name: "Dark theme" })).toBeHidden();
      await noScript.close();
    });
  });
}
