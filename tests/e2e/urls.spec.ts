/**
 * URLs are promises: every page, citable anchor and data file of the site's first edition
 * (tests/fixtures/published-2026-11-22.json, taken from the built site before the articles were
 * rewritten) still resolves, and an old claim link still reaches the claim.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

const published = JSON.parse(
  readFileSync(new URL("../fixtures/published-2026-11-22.json", import.meta.url), "utf8"),
) as { pages: Record<string, string[]>; files: string[] };

test("every page and citable anchor of the first edition still resolves", async ({ request }) => {
  const missing: string[] = [];
  for (const [path, anchors] of Object.entries(published.pages)) {
    const response = await request.get(path);
    if (!response.ok()) {
      missing.push(`${path} (${String(response.status())})`);
      continue;
    }
    const ids = new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    for (const anchor of anchors) if (!ids.has(anchor)) missing.push(`${path}#${anchor}`);
  }
  expect(missing).toEqual([]);
});

test("every data file of the first edition is still published", async ({ request }) => {
  const missing: string[] = [];
  for (const path of published.files) if (!(await request.get(path)).ok()) missing.push(path);
  expect(missing).toEqual([]);
});

test("a link to a claim merged into another on its page lands on that claim, highlighted", async ({ page }) => {
  // "One example is China …" was merged into the claim on China's place in ISKP's sights.
  await page.goto("/articles/what-is-iskp/#claim-iskp-example-china");
  const claim = page.locator("#claim-china-uyghur-grievance");
  await expect(claim).toBeInViewport();
  await expect(claim).toContainText("in its crosshairs");
  await expect(claim).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe("claim-iskp-example-china");
});

test("a link to a replaced article's claim goes on to the claim where it lives now", async ({ page }) => {
  await page.goto("/articles/regional-dynamics/#claim-taliban-claim-accelerated-efforts");
  await expect(page).toHaveURL(/\/articles\/what-is-iskp\/#claim-taliban-claim-accelerated-efforts$/);
  await expect(page.locator("#claim-taliban-claim-accelerated-efforts")).toBeInViewport();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a replaced article says what replaced it, and where each of its claims is now", async ({ page }) => {
    await page.goto("/articles/youth-radicalisation-uk/#claim-youth-mi5-threefold");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Young people and terrorism in the UK: MI5’s warning, as reported",
    );
    await expect(page.getByRole("link", { name: "Propaganda online, and young people in the UK" })).toBeVisible();
    // Both old claims now live in one claim, so they share one entry, with an anchor each.
    const entry = page.locator(".earlier-link").filter({ has: page.locator("#claim-youth-mi5-threefold") });
    await expect(entry).toBeInViewport();
    await expect(entry.locator("#claim-youth-mi5-under-18")).toHaveCount(1);
    await expect(entry.getByRole("link")).toHaveAttribute(
      "href",
      "/articles/propaganda-online/#claim-youth-mi5-under-18",
    );
  });

  test("a link to a removed claim shows what it said and why it went", async ({ page }) => {
    await page.goto("/articles/policy-responses/#claim-policy-silent-bacha-platforms");
    const entry = page.locator("#claim-policy-silent-bacha-platforms");
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText("Removed 29 November 2026");
    await expect(entry).toContainText("It said: “Bacha mentions platforms twice");
  });
});

test("a journalist following an old link to a reworded claim sees that it changed, when and why, and its earlier wording", async ({
  page,
}) => {
  await page.goto("/articles/what-is-iskp/#claim-iskp-leader-ghafari");
  const claim = page.locator("#claim-iskp-leader-ghafari");
  await expect(claim).toBeInViewport();
  await claim
    .locator("xpath=following-sibling::*[contains(@class, 'claim-ref')]//a[contains(@class, 'claim-marker')]")
    .click();
  const note = page.locator("#claim-iskp-leader-ghafari ~ .claim-ref .claim-popover");
  await expect(note).toContainText("Changed on 29 November 2026:");
  await expect(note).toContainText("Reworded when the articles were rewritten to summarise and tell each fact once.");
  await note.getByRole("link", { name: "Earlier wording" }).click();
  await expect(page).toHaveURL(/#fn-iskp-leader-ghafari-history$/);
  const history = page.locator("#fn-iskp-leader-ghafari-history");
  await expect(history).toBeVisible();
  await expect(history).toContainText(
    "It said: “According to Bacha, writing in July 2024, the group’s leader at that time was Sanaullah Ghafari",
  );
});
