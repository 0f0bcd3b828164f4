import { expect, test, type Page } from "@playwright/test";
import { z } from "astro/zod";
import { claimSchema } from "../../src/schemas/claim";

const claimsFileSchema = z.object({
  claims: z.array(
    claimSchema.extend({
      page: z.url(),
      anchor: z.string().regex(/^claim-[a-z0-9-]+$/),
      url: z.url(),
      leadIn: z.string().optional(),
    }),
  ),
});
type ClaimsFile = z.infer<typeof claimsFileSchema>;

async function claimsFile(page: Page): Promise<ClaimsFile> {
  const response = await page.request.get("/data/claims.json");
  expect(response.ok()).toBe(true);
  return claimsFileSchema.parse(await response.json());
}

/** The first claim of the first article, as a reader meets it. */
async function firstClaim(page: Page) {
  const { claims } = await claimsFile(page);
  const claim = claims[0];
  if (!claim) throw new Error("claims.json lists no claims");
  const path = new URL(claim.page).pathname;
  return { claim, path, marker: page.locator(`#${claim.anchor} + .claim-ref > a`) };
}

test("/data/claims.json lists every claim with its evidence, and each anchor exists on its page", async ({ page }) => {
  const { claims } = await claimsFile(page);
  expect(claims.length).toBeGreaterThan(0);
  expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
  const byPage = Map.groupBy(claims, (claim) => new URL(claim.page).pathname);
  for (const [path, onPage] of byPage) {
    await page.goto(path);
    for (const claim of onPage) await expect(page.locator(`#${claim.anchor}`), claim.id).toHaveCount(1);
  }
});

test("hovering a claim's marker shows the quoted passage and its source", async ({ page }) => {
  const { claim, path, marker } = await firstClaim(page);
  await page.goto(path);
  const popover = marker.locator("xpath=following-sibling::*[1]");
  await expect(popover).toBeHidden();
  await marker.hover();
  await expect(popover).toBeVisible();
  const quote = claim.citations[0]?.quote ?? "";
  await expect(popover.locator("q").first()).toHaveText(quote);
  await expect(popover.getByRole("link", { name: "About this source" }).first()).toHaveAttribute(
    "href",
    `/sources/${claim.citations[0]?.source ?? ""}/`,
  );
});

test("focusing a marker with the keyboard shows the note, and Escape dismisses it", async ({ page }) => {
  const { path, marker } = await firstClaim(page);
  await page.goto(path);
  const popover = marker.locator("xpath=following-sibling::*[1]");
  await marker.focus();
  await expect(popover).toBeVisible();
  // The marker's description is the quotation, so a screen reader announces the evidence.
  await expect(marker).toHaveAccessibleDescription(/\S/);
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  await expect(marker).toBeFocused();
});

test("tapping a marker on a touch screen opens the note in place", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  const { path, marker } = await firstClaim(page);
  await page.goto(path);
  const popover = marker.locator("xpath=following-sibling::*[1]");
  await marker.tap();
  await expect(popover).toBeVisible();
  expect(new URL(page.url()).hash).toBe("");
  const box = await popover.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  await context.close();
});

test("without JavaScript a marker jumps to its footnote, which links back to the claim", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { claim, path, marker } = await firstClaim(page);
  await page.goto(path);
  await marker.click();
  await expect(page).toHaveURL(new RegExp(`#fn-${claim.id}$`));
  const footnote = page.locator(`#fn-${claim.id}`);
  await expect(footnote).toBeInViewport();
  await expect(footnote.locator("q").first()).toHaveText(claim.citations[0]?.quote ?? "");
  await footnote.getByRole("link", { name: /Back to claim/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${claim.anchor}$`));
  await context.close();
});

test("a claim's permalink scrolls to the claim and marks it", async ({ page }) => {
  const { claims } = await claimsFile(page);
  const claim = claims.at(-1);
  if (!claim) throw new Error("no claims");
  await page.goto(claim.url.replace(new URL(claim.url).origin, ""));
  const target = page.locator(`#${claim.anchor}`);
  await expect(target).toBeInViewport();
  const marked = await target.evaluate(
    (element) => element.matches(":target") && getComputedStyle(element).backgroundColor,
  );
  expect(marked).not.toBe(false);
  expect(marked).not.toBe("rgba(0, 0, 0, 0)");
});

test("the note offers to copy the claim's permanent link", async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  const { claim, path, marker } = await firstClaim(page);
  await page.goto(path);
  await marker.focus();
  const note = page.locator(`#${claim.anchor} + .claim-ref`);
  await note.getByRole("button", { name: "Copy link" }).click();
  await expect(note.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(`${path}#${claim.anchor}`, page.url()).href,
  );
  await context.close();
});

test("each source page lists every claim on the site that cites it", async ({ page }) => {
  const { claims } = await claimsFile(page);
  const sources = new Set(claims.flatMap((claim) => claim.citations.map((citation) => citation.source)));
  for (const source of sources) {
    await page.goto(`/sources/${source}/`);
    const citing = claims.filter((claim) => claim.citations.some((citation) => citation.source === source));
    const section = page.locator("section", { has: page.locator("h3") });
    const links = await section
      .getByRole("link")
      .evaluateAll((anchors) =>
        anchors.map((anchor) => anchor.getAttribute("href") ?? "").filter((href) => href.includes("#claim-")),
      );
    expect(links.sort(), source).toEqual(
      citing.map((claim) => new URL(claim.url).pathname + new URL(claim.url).hash).sort(),
    );
  }
});

test("on a source page, a claim that is one item of a list sits under the sentence that introduces the list", async ({
  page,
}) => {
  const { claims } = await claimsFile(page);
  const cites = (claim: ClaimsFile["claims"][number], source: string) =>
    claim.citations.some((citation) => citation.source === source);
  const items = claims.flatMap((item) => {
    const leadIn = claims.find((claim) => claim.id === item.leadIn);
    const source = item.citations.find((citation) => leadIn && cites(leadIn, citation.source))?.source;
    return leadIn && source ? [{ item, leadIn, source }] : [];
  });
  expect(items.length, "claims.json has list items whose lead-in cites the same source").toBeGreaterThan(0);
  for (const { item, leadIn, source } of items) {
    await page.goto(`/sources/${source}/`);
    const href = (claim: ClaimsFile["claims"][number]) => new URL(claim.url).pathname + new URL(claim.url).hash;
    const entry = page.getByRole("listitem").filter({ has: page.locator(`p > a[href="${href(leadIn)}"]`) });
    await expect(entry.getByRole("list").getByRole("link", { name: item.text }), item.id).toHaveAttribute(
      "href",
      href(item),
    );
  }
});
