import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { z } from "astro/zod";
import {
  actorSchema,
  glossaryTermSchema,
  recommendationSchema,
  relationSchema,
  timelineEventSchema,
} from "../../src/schemas/data";

async function getJson<T>(page: Page, file: string, schema: z.ZodType<T>): Promise<T> {
  const response = await page.request.get(`/data/${file}`);
  expect(response.ok(), file).toBe(true);
  expect(response.headers()["content-type"]).toContain("application/json");
  return schema.parse(await response.json());
}

async function getCsv(page: Page, file: string): Promise<Record<string, string>[]> {
  const response = await page.request.get(`/data/${file}`);
  expect(response.ok(), file).toBe(true);
  expect(response.headers()["content-type"]).toContain("text/csv");
  return parse<Record<string, string>>(await response.text(), { columns: true });
}

const timelineFile = z.object({ events: z.array(timelineEventSchema) });
const glossaryFile = z.object({ terms: z.array(glossaryTermSchema) });
const actorsFile = z.object({ actors: z.array(actorSchema), relations: z.array(relationSchema) });
const recommendationsFile = z.object({ recommendations: z.array(recommendationSchema) });

/** Every id must be the anchor of exactly one element on the page. */
async function expectAnchors(page: Page, path: string, anchors: string[]) {
  await page.goto(path);
  expect(anchors.length, path).toBeGreaterThan(0);
  for (const anchor of anchors) await expect(page.locator(`[id="${anchor}"]`), anchor).toHaveCount(1);
}

test("/data/ documents every file it offers, and every file downloads", async ({ page }) => {
  await page.goto("/data/");
  const links = await page
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute("href") ?? "").filter((href) => /^\/data\/.+\.(json|csv)$/.test(href)),
    );
  for (const file of [
    "claims.json",
    "timeline.json",
    "timeline.csv",
    "glossary.json",
    "actors.json",
    "relations.csv",
    "places.json",
    "figures.csv",
    "recommendations.json",
    "recommendations.csv",
  ]) {
    expect(links, file).toContain(`/data/${file}`);
    await expect(page.getByRole("table", { name: `Fields of ${file}` })).toBeVisible();
  }
  for (const link of links) expect((await page.request.get(link)).ok(), link).toBe(true);
});

test("every CSV row carries its source and exact quotation", async ({ page }) => {
  for (const file of ["timeline.csv", "relations.csv", "figures.csv", "recommendations.csv"]) {
    const rows = await getCsv(page, file);
    expect(rows.length, file).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row["id"], file).toMatch(/^[a-z0-9-]+$/);
      expect(row["source"], `${file} ${row["id"] ?? ""}`).toMatch(/\S/);
      expect(row["quote"], `${file} ${row["id"] ?? ""}`).toMatch(/\S/);
    }
  }
  // The CSV and the JSON describe the same events.
  const { events } = await getJson(page, "timeline.json", timelineFile);
  const csvIds = new Set((await getCsv(page, "timeline.csv")).map((row) => row["id"]));
  expect([...csvIds].sort()).toEqual(events.map((event) => event.id).sort());
});

test("the timeline shows every event at its own anchor, in date order, and filters by kind", async ({ page }) => {
  const { events } = await getJson(page, "timeline.json", timelineFile);
  await expectAnchors(
    page,
    "/timeline/",
    events.map((event) => `event-${event.id}`),
  );
  // The warning "a few days before" the attack is listed before it, and a document comes after
  // the events it calls recent.
  const ids = await page.locator("li[id^=event-]").evaluateAll((items) => items.map((item) => item.id));
  const position = (fragment: string) => ids.findIndex((id) => id.includes(fragment));
  expect(position("warn")).toBeLessThan(position("crocus"));
  expect(position("bulletin")).toBeLessThan(position("bacha-op-ed"));
  expect(position("speech")).toBeLessThan(position("press-release"));

  await page.getByRole("radio", { name: "Attacks" }).check();
  const attacks = events.filter((event) => event.kind === "attack");
  await expect(page.locator("[id^=event-]:visible")).toHaveCount(attacks.length);
  await page.getByRole("radio", { name: "All events" }).check();
  await expect(page.locator("[id^=event-]:visible")).toHaveCount(events.length);
});

test("the glossary has an anchor for every term, under its letter", async ({ page }) => {
  const { terms } = await getJson(page, "glossary.json", glossaryFile);
  await expectAnchors(
    page,
    "/glossary/",
    terms.map((term) => `term-${term.id}`),
  );
  const letters = page.getByRole("navigation", { name: "Letters" }).getByRole("link");
  for (const letter of await letters.all()) {
    const href = (await letter.getAttribute("href")) ?? "";
    await expect(page.locator(href), href).toHaveCount(1);
  }
});

test("the actors page has an anchor for every actor and every relation", async ({ page }) => {
  const { actors, relations } = await getJson(page, "actors.json", actorsFile);
  await expectAnchors(page, "/actors/", [
    ...actors.map((actor) => `actor-${actor.id}`),
    ...relations.map((relation) => `relation-${relation.id}`),
  ]);
  const csv = await getCsv(page, "relations.csv");
  expect(new Set(csv.map((row) => row["id"])).size).toBe(relations.length);
});

test("key figures are shown worded exactly as the data words them", async ({ page }) => {
  const rows = await getCsv(page, "figures.csv");
  const figures = [...new Map(rows.map((row) => [row["id"] ?? "", row])).values()];
  await expectAnchors(
    page,
    "/key-figures/",
    figures.map((figure) => `figure-${figure["id"] ?? ""}`),
  );
  for (const figure of figures) {
    await expect(page.locator(`#figure-${figure["id"] ?? ""}`)).toContainText(figure["value"] ?? "");
  }
});

test("recommendations: every one has an anchor, and the filters narrow the list", async ({ page }) => {
  const { recommendations } = await getJson(page, "recommendations.json", recommendationsFile);
  await expectAnchors(
    page,
    "/recommendations/",
    recommendations.map((r) => `rec-${r.id}`),
  );
  const select = page.getByRole("combobox", { name: "Addressed to" });
  const first = recommendations[0]?.addressedTo[0] ?? "";
  await select.selectOption(first);
  const expected = recommendations.filter((r) => r.addressedTo.includes(first)).length;
  await expect(page.locator("[id^=rec-]:visible")).toHaveCount(expected);
  await page.getByRole("combobox", { name: "Made by" }).selectOption({ index: 1 });
  await expect.poll(async () => page.locator("[id^=rec-]:visible").count()).toBeLessThanOrEqual(expected);
});

test("without JavaScript the timeline and recommendations list everything and offer no filters", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/timeline/");
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.goto("/recommendations/");
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "To whom", exact: true })).toBeVisible();
  await context.close();
});

test("a glossary term in an article shows its definition on focus and links to its entry", async ({ page }) => {
  const { terms } = await getJson(page, "glossary.json", glossaryFile);
  await page.goto("/articles/what-is-iskp/");
  const term = page.locator("a.term").first();
  const href = (await term.getAttribute("href")) ?? "";
  const entry = terms.find((candidate) => href === `/glossary/#term-${candidate.id}`);
  expect(entry, href).toBeDefined();
  await term.focus();
  await expect(term).toHaveAccessibleDescription(
    new RegExp(entry?.definition.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") ?? ""),
  );
  await expect(page.locator(`[id="${(await term.getAttribute("aria-describedby")) ?? ""}"]`)).toBeVisible();
  await term.click();
  await expect(page.locator(`#term-${entry?.id ?? ""}`)).toBeInViewport();
});
