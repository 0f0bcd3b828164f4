import { expect, test, type Locator, type Page } from "@playwright/test";
import { z } from "astro/zod";
import { actorSchema, placeSchema, relationSchema } from "../../src/schemas/data";
import { publishedEventSchema } from "./helpers";

/** A string matched literally inside a RegExp (Node 22 has no RegExp.escape). */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The graphics are checked against the published data files, not against the code that draws them.
async function data(page: Page) {
  const get = async (file: string) => (await page.request.get(`/data/${file}`)).json() as Promise<unknown>;
  return {
    events: z.object({ events: z.array(publishedEventSchema) }).parse(await get("timeline.json")).events,
    places: z.object({ places: z.array(placeSchema) }).parse(await get("places.json")).places,
    ...z.object({ actors: z.array(actorSchema), relations: z.array(relationSchema) }).parse(await get("actors.json")),
  };
}

/** Every link's target: the page it names has exactly one element with the fragment's id. */
async function expectLinksResolve(page: Page, links: Locator) {
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
  const byPage = Map.groupBy(hrefs, (href) => href.split("#")[0] ?? "");
  for (const [path, targets] of byPage) {
    const html = await (await page.request.get(path)).text();
    for (const href of targets) {
      const id = href.split("#")[1] ?? "";
      expect(id, href).not.toBe("");
      expect(html.split(`id="${id}"`).length - 1, href).toBe(1);
    }
  }
}

test.describe("the time axis on /timeline/", () => {
  test("numbers every event, in timeline order, and each number links to its entry", async ({ page }) => {
    const { events } = await data(page);
    await page.goto("/timeline/");
    const picture = page.getByRole("img", { name: /The events by kind/ });
    await expect(picture).toBeVisible();
    for (const event of events) await expect(picture).toHaveAccessibleDescription(new RegExp(escape(event.title)));
    const links = page.getByRole("group", { name: "Events on the time axis" }).getByRole("link");
    await expect(links).toHaveCount(events.length);
    await expectLinksResolve(page, links);
    // The list below shows the same numbers, so a reader can match a mark to its entry by eye.
    for (const [i, event] of events.entries()) {
      await expect(page.locator(`[id="event-${event.id}"] .event-number`)).toHaveText(String(i + 1));
    }
  });

  test("is redrawn to fit a phone, with every event still on it", async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const { events } = await data(page);
    await page.goto("/timeline/");
    await expect(page.getByRole("img", { name: /The events by kind/ })).toHaveCount(1);
    const figure = page.getByRole("figure").filter({ has: page.getByRole("img", { name: /The events by kind/ }) });
    const box = await figure.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
    await expect(page.getByRole("group", { name: "Events on the time axis" }).getByRole("link")).toHaveCount(
      events.length,
    );
    await page.close();
  });
});

test.describe("the map on /map/", () => {
  test("marks every located event, each marker leading to its timeline entry", async ({ page }) => {
    const { events, places } = await data(page);
    const located = events.filter((event) => event.location);
    expect(located.length).toBeGreaterThan(0);
    await page.goto("/map/");
    const picture = page.getByRole("img", { name: /Where the events the sources mention took place/ });
    await expect(picture).toBeVisible();
    for (const event of located) await expect(picture).toHaveAccessibleDescription(new RegExp(escape(event.title)));
    const markers = page.getByRole("group", { name: "Events on the map" }).getByRole("link");
    await expect(markers).toHaveCount(located.length);
    await expectLinksResolve(page, markers);
    // Every country in the places file is drawn (shaded, or named at the edge), and has a row in the table.
    const countries = places.filter((place) => place.kind === "country");
    await expect(picture.locator("[data-country]")).toHaveCount(countries.length);
    for (const place of places.filter((candidate) => candidate.kind !== "city")) {
      await expect(page.getByRole("rowheader", { name: new RegExp(`^${escape(place.name)}`) })).toBeVisible();
    }
  });

  test("lists the events it cannot place, rather than guessing", async ({ page }) => {
    const { events } = await data(page);
    await page.goto("/map/");
    const section = page.getByRole("region", { name: "Events not on the map" });
    for (const event of events.filter((candidate) => !candidate.location)) {
      await expect(section.getByRole("link", { name: event.title })).toBeVisible();
    }
  });

  test("a keyboard reaches a marker, sees where it is, and follows it to the timeline", async ({ page }) => {
    await page.goto("/map/");
    const marker = page.getByRole("group", { name: "Events on the map" }).getByRole("link").first();
    const name = (await marker.getAttribute("aria-label")) ?? "";
    for (let i = 0; i < 40 && !(await marker.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(marker).toBeFocused();
    const ring = await marker.locator(".graphic-hit").evaluate((hit) => getComputedStyle(hit).strokeWidth);
    expect(Number.parseFloat(ring)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/timeline\/#event-/);
    const title = name.replace(/^\d+: /, "").replace(/, [^,]+$/, "");
    await expect(page.getByRole("heading", { name: new RegExp(escape(title)) })).toBeInViewport();
  });

  test("shows the whole region on a phone without sideways scrolling", async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto("/map/");
    const picture = page.getByRole("img", { name: /Where the events the sources mention took place/ });
    await expect(picture).toBeVisible();
    expect((await picture.boundingBox())?.width).toBeLessThanOrEqual(375);
    await page.close();
  });

  test("on a phone, its markers are legible, apart, clear of the names, and 24 px targets", async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto("/map/");
    const picture = page.getByRole("img", { name: /Where the events the sources mention took place/ });
    const markers = await picture
      .locator("[data-marker] circle")
      .evaluateAll((circles) => circles.map((circle) => circle.getBoundingClientRect().toJSON() as DOMRect));
    expect(markers.length).toBeGreaterThan(0);
    for (const box of markers) expect(box.width, "marker diameter").toBeGreaterThanOrEqual(20);
    for (const [i, a] of markers.entries()) {
      for (const b of markers.slice(i + 1)) {
        const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.width;
        expect(gap, "space between two markers").toBeGreaterThanOrEqual(1);
      }
    }
    const names = await picture
      .locator("text[data-label]")
      .evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().toJSON() as DOMRect));
    for (const name of names) {
      for (const marker of markers) {
        const clear =
          name.right <= marker.left ||
          name.left >= marker.right ||
          name.bottom <= marker.top ||
          name.top >= marker.bottom;
        expect(clear, `a country's name on a marker at ${String(marker.x)},${String(marker.y)}`).toBe(true);
      }
    }
    const targets = await page
      .getByRole("group", { name: "Events on the map" })
      .locator(".graphic-hit")
      .evaluateAll((hits) =>
        hits.filter((hit) => hit.getClientRects().length > 0).map((hit) => hit.getBoundingClientRect().width),
      );
    for (const width of targets) expect(width, "marker target").toBeGreaterThanOrEqual(24);
    await page.close();
  });

  test("prints", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto("/map/");
    await expect(page.getByRole("img", { name: /Where the events the sources mention took place/ })).toBeVisible();
  });
});

test.describe("the relationship diagram on /actors/", () => {
  test("draws every relation as a labelled arrow that links to the relation and its evidence", async ({ page }) => {
    const { actors, relations } = await data(page);
    const name = new Map(actors.map((actor) => [actor.id, actor.name]));
    await page.goto("/actors/");
    const picture = page.getByRole("img", { name: /Who relates to whom/ });
    await expect(picture).toBeVisible();
    const links = page.getByRole("group", { name: "Actors and relations in the diagram" });
    for (const relation of relations) {
      // The arrow's link reads as a sentence from one actor to the other, and says whose claim it is.
      const from = escape(name.get(relation.from) ?? "");
      const to = escape(name.get(relation.to) ?? "");
      const sentence = new RegExp(`^${from} .+ ${to} \\(according to [^)]+\\)$`);
      const link = links.locator(`a[href="/actors/#relation-${relation.id}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAccessibleName(sentence);
      const text = (await link.getAttribute("aria-label")) ?? "";
      await expect(picture).toHaveAccessibleDescription(new RegExp(escape(text)));
    }
    await expect(picture.locator("[data-edge]")).toHaveCount(relations.length);
    await expectLinksResolve(page, links.getByRole("link"));
  });

  test("has a box for every actor a relation names, and nobody else", async ({ page }) => {
    const { relations } = await data(page);
    const named = new Set(relations.flatMap((relation) => [relation.from, relation.to]));
    await page.goto("/actors/");
    const boxes = await page
      .getByRole("img", { name: /Who relates to whom/ })
      .locator("[data-node]")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-node")));
    expect(new Set(boxes)).toEqual(named);
    expect(boxes).toHaveLength(named.size);
  });
});

test.describe("the relationship diagram on a phone", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("opens centred on ISKP, its box whole on the screen", async ({ page }) => {
    await page.goto("/actors/");
    const iskp = page
      .getByRole("group", { name: "Actors and relations in the diagram" })
      .locator('[data-link-node="iskp"] rect');
    const box = await iskp.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    // Centred: its middle within a fifth of the screen's middle.
    expect(Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - 375 / 2)).toBeLessThan(75);
  });

  test("offers the same relations as a list, each leading to the relation and its evidence", async ({ page }) => {
    const { relations } = await data(page);
    await page.goto("/actors/");
    await page.getByText("The same relations as a list").click();
    const links = page.locator("details").filter({ hasText: "The same relations as a list" }).getByRole("link");
    await expect(links).toHaveCount(relations.length);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(hrefs.toSorted()).toEqual(relations.map((relation) => `/actors/#relation-${relation.id}`).toSorted());
    await expect(links.first()).toBeVisible();
  });
});
