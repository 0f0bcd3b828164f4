/** The site's shell as readers use it: errors, keyboard, theme, navigation and an article's contents. */
import { expect, test } from "@playwright/test";

test("an unknown address answers 404 with a page that leads back into the site", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "home page" })).toHaveAttribute("href", "/");
});

test("the skip link is the first thing a keyboard reaches, and moves focus to the main content", async ({ page }) => {
  await page.goto("/about/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("the theme toggle switches to dark and the choice persists on the next page", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "light" });
  const page = await context.newPage();
  await page.goto("/");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await background()).not.toBe(light);

  await page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Sources" }).click();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(light);
  await context.close();
});

test("without JavaScript the navigation works", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Method" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Method and editorial standards");
  await context.close();
});

test("article pages show breadcrumbs, related articles and a contents list that marks the current section", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/articles/propaganda-online/");
  const trail = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(trail.getByRole("link", { name: "Articles" })).toHaveAttribute("href", "/articles/");
  await expect(trail.locator("[aria-current=page]")).toHaveText(
    await page.getByRole("heading", { level: 1 }).innerText(),
  );
  await expect(page.getByRole("region", { name: "Related articles" }).getByRole("link")).not.toHaveCount(0);

  const contents = page.getByRole("navigation", { name: "On this page" });
  const h2s = await page
    .locator("main article h2[id]:not(#toc-title)")
    .evaluateAll((headings) => headings.map((h) => h.id));
  const targets = await contents.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const id of h2s) expect(targets).toContain(`#${id}`);
  const last = (await page.locator(".prose h2[id]").last().getAttribute("id")) ?? "";
  await page.locator(`#${last}`).scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: "start" }), last);
  await expect(contents.locator(`a[href="#${last}"]`)).toHaveAttribute("aria-current", "true");
});

test("an article's related articles are those that share its glossary terms, then its sources, in reading order", async ({
  page,
}) => {
  // Worked out by hand from content/articles/: of the other four articles only policy-responses uses
  // one of what-is-iskp's glossary terms (<Term id="afghan-taliban">); all five cite both sources, so
  // reading order ranks the rest, and the first three are shown.
  await page.goto("/articles/what-is-iskp/");
  const related = page.getByRole("region", { name: "Related articles" }).getByRole("link");
  expect(await related.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([
    "/articles/policy-responses/",
    "/articles/attacks-and-warnings/",
    "/articles/propaganda-online/",
  ]);
});

test("on a phone, an article's contents stay at the top of the screen and lead to every section", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto("/articles/propaganda-online/");
  const h2s = await page
    .locator("main article .prose h2[id]")
    .evaluateAll((headings) => headings.map((heading) => heading.id));
  expect(h2s.length).toBeGreaterThan(1);
  // Far down the article, the bar is still at the top of the screen.
  await page.evaluate(() => {
    window.scrollTo(0, document.body.scrollHeight / 2);
  });
  const summary = page.getByText("Contents", { exact: true });
  await expect(summary).toBeInViewport();
  expect((await summary.boundingBox())?.y).toBeLessThan(40);
  await summary.tap();
  const contents = page.getByRole("navigation", { name: "On this page" });
  await expect(contents).toBeVisible();
  const targets = await contents.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const id of h2s) expect(targets).toContain(`#${id}`);
  const last = h2s.at(-1) ?? "";
  await contents.locator(`a[href="#${last}"]`).tap();
  await expect(page).toHaveURL(new RegExp(`#${last}$`));
  await expect(contents).toBeHidden();
  // The section's heading is in view, not under the bar.
  const heading = page.locator(`[id="${last}"]`);
  await expect(heading).toBeInViewport();
  const bar = await page.locator("[data-toc-bar]").boundingBox();
  expect((await heading.boundingBox())?.y).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0));
  // The bar says which section is being read, after a jump down and after a jump back up.
  const current = page.locator("[data-toc-bar] summary");
  await expect(current).toContainText((await heading.textContent())?.trim() ?? "");
  const first = h2s[0] ?? "";
  await summary.tap();
  await contents.locator(`a[href="#${first}"]`).tap();
  await expect(current).toContainText((await page.locator(`[id="${first}"]`).textContent())?.trim() ?? "");
  await context.close();
});
