import { expect, test, type Page } from "@playwright/test";
import { z } from "astro/zod";
import { claimSchema } from "../../src/schemas/claim";
import { pageWithClipboard } from "./helpers";

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
  const page = await pageWithClipboard(browser);
  const { claim, path, marker } = await firstClaim(page);
  await page.goto(path);
  await marker.focus();
  const note = page.locator(`#${claim.anchor} + .claim-ref`);
  await note.getByRole("button", { name: "Copy link" }).click();
  await expect(note.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(`${path}#${claim.anchor}`, page.url()).href,
  );
  await page.context().close();
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

test.describe("a claim's note, as keyboard, mouse and touch readers use it", () => {
  const ARTICLE = "/articles/what-is-iskp/";

  test("a keyboard user passes a claim in one Tab: the note's links wait until Enter opens it", async ({ page }) => {
    await page.goto(ARTICLE);
    const ref = page.locator(".claim-ref").nth(2);
    const marker = ref.locator(".claim-marker");
    const note = ref.locator(".claim-popover");
    await marker.focus();
    await expect(note).toBeVisible();
    await page.keyboard.press("Tab");
    expect(await ref.evaluate((element) => element.contains(document.activeElement))).toBe(false);

    await marker.focus();
    await page.keyboard.press("Enter");
    await expect(marker).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(note.getByRole("button", { name: "Close the note" })).toBeFocused();
    // This claim was reworded in the rewrite: its note says so first, and links to the earlier wording.
    await page.keyboard.press("Tab");
    await expect(note.getByRole("link", { name: "Earlier wording" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(note.getByRole("link", { name: "About this source" }).first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    await expect(marker).toBeFocused();
  });

  test("a keyboard user reaches the end of the first article in under 160 Tabs", async ({ page }) => {
    // Each claim's note used to add six tab stops: over 200 Tabs to the end of this article.
    await page.goto(ARTICLE);
    const next = page.getByRole("link", { name: /^Next/ });
    let tabs = 0;
    while (tabs < 160 && !(await next.evaluate((link) => link === document.activeElement))) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    await expect(next).toBeFocused();
  });

  test("every marker is a target of at least 24 by 24 pixels", async ({ page }) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(ARTICLE);
      const sizes = await page
        .locator(".claim-marker")
        .evaluateAll((markers) => markers.map((marker) => marker.getBoundingClientRect()))
        .then((boxes) => boxes.map((box) => [Math.round(box.width * 10) / 10, Math.round(box.height * 10) / 10]));
      expect(sizes.length).toBeGreaterThan(0);
      for (const [w = 0, h = 0] of sizes) {
        expect(w, `${width}px`).toBeGreaterThanOrEqual(24);
        expect(h, `${width}px`).toBeGreaterThanOrEqual(24);
      }
    }
  });

  test("near the bottom of the window a note opens upwards, with Copy link in view", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE);
    const ref = page.locator(".claim-ref").nth(4);
    // Put the marker 60 px above the bottom of the window.
    await ref.evaluate((element) => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - window.innerHeight + 60);
    });
    await ref.locator(".claim-marker").hover();
    const note = ref.locator(".claim-popover");
    await expect(note).toBeVisible();
    await expect(note.getByRole("button", { name: "Copy link" })).toBeInViewport({ ratio: 1 });
    const [noteBox, markerBox] = [await note.boundingBox(), await ref.locator(".claim-marker").boundingBox()];
    expect((noteBox?.y ?? 0) + (noteBox?.height ?? 0)).toBeLessThanOrEqual((markerBox?.y ?? 0) + 1);
  });

  test("loading an article measures nothing; a note is placed only when it opens", async ({ page }) => {
    // Counts every call that reads layout, then does what the browser would have done.
    await page.addInitScript(`
      window.layoutReads = 0;
      const wrap = (object, name) => {
        const original = object[name];
        object[name] = function (...args) {
          window.layoutReads++;
          return original.apply(this, args);
        };
      };
      wrap(Element.prototype, "getBoundingClientRect");
      wrap(Element.prototype, "getClientRects");
      wrap(window, "getComputedStyle");
      for (const property of ["offsetTop", "offsetLeft", "offsetWidth", "offsetHeight", "clientWidth", "clientHeight"]) {
        const owner = property.startsWith("client") ? Element.prototype : HTMLElement.prototype;
        const descriptor = Object.getOwnPropertyDescriptor(owner, property);
        Object.defineProperty(owner, property, {
          ...descriptor,
          get() {
            window.layoutReads++;
            return descriptor.get.call(this);
          },
        });
      }
    `);
    const reads = () => page.evaluate(() => (window as unknown as { layoutReads: number }).layoutReads);
    await page.goto(ARTICLE, { waitUntil: "networkidle" });
    expect(await reads()).toBe(0);
    await page.locator(".claim-marker").first().hover();
    await expect(page.locator(".claim-popover").first()).toBeVisible();
    await expect.poll(reads).toBeGreaterThan(0);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

    test("the sheet has a close button and keeps the sentence it annotates in view above it", async ({ page }) => {
      await page.goto(ARTICLE);
      const ref = page.locator(".claim-ref").nth(6);
      // The marker near the bottom of the screen, where the sheet will cover it.
      await ref.evaluate((element) => {
        const top = element.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top - window.innerHeight + 80);
      });
      await ref.locator(".claim-marker").tap();
      const sheet = ref.locator(".claim-popover");
      await expect(sheet).toBeVisible();
      const claim = ref.locator("xpath=preceding-sibling::*[1]");
      await expect
        .poll(async () => {
          const [sentence, note] = [await claim.boundingBox(), await sheet.boundingBox()];
          return (sentence?.y ?? 0) + (sentence?.height ?? 0) <= (note?.y ?? 0) && (sentence?.y ?? -1) >= 0;
        })
        .toBe(true);
      await sheet.getByRole("button", { name: "Close the note" }).tap();
      await expect(sheet).toBeHidden();
    });

    for (const colorScheme of ["light", "dark"] as const) {
      test(`the sheet's edge stands out from the page at 3:1 or more, ${colorScheme} theme`, async ({ browser }) => {
        const context = await browser.newContext({
          viewport: { width: 375, height: 740 },
          hasTouch: true,
          isMobile: true,
          colorScheme,
        });
        const page = await context.newPage();
        await page.goto(ARTICLE);
        const ref = page.locator(".claim-ref").first();
        await ref.locator(".claim-marker").tap();
        const sheet = ref.locator(".claim-popover");
        await expect(sheet).toBeVisible();
        const {
          edge,
          width,
          page: background,
        } = await sheet.evaluate((element) => {
          const style = getComputedStyle(element);
          return {
            edge: style.borderTopColor,
            width: Number.parseFloat(style.borderTopWidth),
            page: getComputedStyle(document.body).backgroundColor,
          };
        });
        expect(width).toBeGreaterThanOrEqual(3);
        expect(contrast(edge, background), `${edge} on ${background}`).toBeGreaterThanOrEqual(3);
        await context.close();
      });
    }
  });
});

/** The WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
