import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitemapPaths, watchForeignRequests } from "./helpers";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("the sitemap lists the home page, the method, the articles and the sources", async ({ page }) => {
  const paths = await sitemapPaths(page);
  expect(paths).toEqual(expect.arrayContaining(["/", "/about/", "/articles/", "/sources/"]));
  expect(paths.filter((path) => path.startsWith("/articles/") && path !== "/articles/").length).toBeGreaterThan(0);
});

test("every page in the sitemap answers 200 with a title and exactly one h1", async ({ page }) => {
  for (const path of await sitemapPaths(page)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page, path).toHaveTitle(/\S/);
    await expect(page.locator("h1"), path).toHaveCount(1);
  }
});

test("an unknown address answers 404 with a page that leads back into the site", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "home page" })).toHaveAttribute("href", "/");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no WCAG 2.2 AA violation on any page, ${colorScheme} theme`, async ({ browser, baseURL }) => {
    // Long articles with many claims take axe a few seconds each.
    test.setTimeout(300_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(baseURL ?? "/");
    for (const path of [...(await sitemapPaths(page)), "/404.html"]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect.soft(summary, `${path} (${colorScheme})`).toEqual([]);
    }
    await context.close();
  });
}

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

test("without JavaScript every page shows its content and the navigation works", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    await expect(page.locator("h1"), path).toBeVisible();
    expect((await page.getByRole("main").innerText()).length, path).toBeGreaterThan(200);
    // A control that needs JavaScript must not be offered without it.
    await expect(page.getByRole("button", { name: "Dark theme" })).toBeHidden();
  }
  await page.goto("/");
  await page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Method" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Method and editorial standards");
  await context.close();
});

test("no page makes a request to any other site", async ({ page, baseURL }) => {
  // It visits every page, which takes longer than one test's default on a busy machine.
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? "").origin;
  const foreign = watchForeignRequests(page, origin);
  for (const path of await sitemapPaths(page)) {
    await page.goto(path, { waitUntil: "networkidle" });
  }
  expect(foreign).toEqual([]);
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

test("no page breaks its Content Security Policy or uses an inline event handler", async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of await sitemapPaths(page)) {
    const response = await page.goto(path, { waitUntil: "networkidle" });
    const html = (await response?.text()) ?? "";
    expect(html, path).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*object-src 'none'/);
    expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? [], path).toEqual([]);
    // Exercise the scripts a reader triggers: a claim's note and the theme button.
    const marker = page.locator(".claim-marker").first();
    if ((await marker.count()) > 0) await marker.click();
    await page.getByRole("button", { name: "Dark theme" }).click();
  }
  expect(violations).toEqual([]);
});

test("every page says when it was published and last reviewed", async ({ page }) => {
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    const main = page.getByRole("main");
    const published = main.locator(":is(p:has(> time), div:has(> dt))", { hasText: /^\s*Published/ }).first();
    const reviewed = main.locator(":is(p:has(> time), div:has(> dt))", { hasText: /Last reviewed/ }).first();
    await expect(published, path).toBeVisible();
    await expect(reviewed, path).toBeVisible();
    for (const dates of [published, reviewed]) {
      await expect(dates.locator("time").first(), path).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    }
  }
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
