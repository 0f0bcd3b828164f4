import { expect, test, type Locator, type Page } from "@playwright/test";
import { z } from "astro/zod";
import { actorSchema, placeSchema, relationSchema, timelineEventSchema } from "../../src/schemas/data";

/** A string matched literally inside a RegExp (Node 22 has no RegExp.escape). */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The graphics are checked against the published data files, not against the code that draws them.
async function data(page: Page) {
  const get = async (file: string) => (await page.request.get(`/data/${file}`)).json() as Promise<unknown>;
  return {
    events: z.object({ events: z.array(timelineEventSchema) }).parse(await get("timeline.json")).events,
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
