import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { z } from "astro/zod";
import { actorSchema, glossaryTermSchema, recommendationSchema, relationSchema } from "../../src/schemas/data";
import { pageWithClipboard, publishedEventSchema } from "./helpers";

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
  return parse<Record<string, string>>(await response.text(), { columns: true, bom: true });
}

const timelineFile = z.object({ events: z.array(publishedEventSchema) });
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
    "citations.csv",
    "sources.json",
  ]) {
    expect(links, file).toContain(`/data/${file}`);
    await expect(page.getByRole("table", { name: `Fields of ${file}` })).toBeVisible();
  }
  for (const link of links) expect((await page.request.get(link)).ok(), link).toBe(true);
});

const CSV_FILES = ["timeline.csv", "relations.csv", "figures.csv", "recommendations.csv"];

test("a journalist who opens a CSV counts one row per entry, as many as the JSON lists", async ({ page }) => {
  const { events } = await getJson(page, "timeline.json", timelineFile);
  const { relations } = await getJson(page, "actors.json", actorsFile);
  const { recommendations } = await getJson(page, "recommendations.json", recommendationsFile);
  const timeline = await getCsv(page, "timeline.csv");
  expect(timeline.map((row) => row["id"])).toEqual(events.map((event) => event.id));
  expect((await getCsv(page, "relations.csv")).map((row) => row["id"])).toEqual(relations.map((r) => r.id));
  expect((await getCsv(page, "recommendations.csv")).map((row) => row["id"])).toEqual(recommendations.map((r) => r.id));
});

test("every quotation behind a CSV entry is in citations.csv, keyed by file and id, word for word", async ({
  page,
}) => {
  const citations = await getCsv(page, "citations.csv");
  const { events } = await getJson(page, "timeline.json", timelineFile);
  const { relations } = await getJson(page, "actors.json", actorsFile);
  const { recommendations } = await getJson(page, "recommendations.json", recommendationsFile);
  const expected = [
    ...events.map((entry) => ({ dataset: "timeline", entry })),
    ...relations.map((entry) => ({ dataset: "relations", entry })),
    ...recommendations.map((entry) => ({ dataset: "recommendations", entry })),
  ];
  for (const { dataset, entry } of expected) {
    const rows = citations.filter((row) => row["dataset"] === dataset && row["id"] === entry.id);
    expect(
      rows.map((row) => ({ source: row["source"], quote: row["quote"], speaker: row["speaker"] || undefined })),
      `${dataset} ${entry.id}`,
    ).toEqual(entry.citations.map(({ source, quote, speaker }) => ({ source, quote, speaker })));
  }
  // The entry's own row names its sources and counts its quotations.
  const kabul = (await getCsv(page, "timeline.csv")).find((row) => row["id"] === "kabul-airport-attack-2021");
  expect(kabul).toMatchObject({ sources: "bacha-2024", citations: "1" });
  for (const file of CSV_FILES) {
    const dataset = file.replace(".csv", "");
    const ids = new Set(citations.filter((row) => row["dataset"] === dataset).map((row) => row["id"]));
    expect([...ids].sort(), file).toEqual((await getCsv(page, file)).map((row) => row["id"]).sort());
  }
});

test("a spreadsheet gets every date as a first day, a last day and a precision, never a bare month", async ({
  page,
}) => {
  const rows = new Map((await getCsv(page, "timeline.csv")).map((row) => [row["id"], row]));
  const dates = (id: string) => {
    const row = rows.get(id);
    return [row?.["date_start"], row?.["date_end"], row?.["date_precision"]];
  };
  expect(dates("unctc-unicri-joint-report-2021")).toEqual(["2021-01-01", "2021-12-31", "year"]);
  expect(dates("kabul-airport-attack-2021")).toEqual(["2021-08-01", "2021-08-31", "month"]);
  expect(dates("washington-warns-moscow-2024")).toEqual(["2024-03-07", "2024-03-07", "day"]);
  for (const row of rows.values()) {
    expect(row["date_end"], row["id"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row["date_start"], row["id"]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
  }
  const figure = (await getCsv(page, "figures.csv")).find((row) => row["id"] === "crocus-death-toll");
  expect(figure).toMatchObject({ as_of_start: "2024-07-09", as_of_end: "2024-07-09", as_of_precision: "day" });
});

test("Excel reads every CSV as UTF-8: each starts with a byte order mark and keeps its curly quotes", async ({
  page,
}) => {
  for (const file of [...CSV_FILES, "citations.csv"]) {
    const body = await (await page.request.get(`/data/${file}`)).body();
    expect([...body.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
  }
  const quotes = (await getCsv(page, "citations.csv")).map((row) => row["quote"]).join(" ");
  expect(quotes).toContain("’");
});

test("every data file says which release it is and when, and all of them agree", async ({ page }) => {
  await page.goto("/data/");
  const version = (
    await page.getByRole("region", { name: "Version and date" }).locator("code").first().innerText()
  ).trim();
  expect(version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  const date = version.slice(0, 10);
  for (const file of [
    "claims.json",
    "timeline.json",
    "glossary.json",
    "actors.json",
    "places.json",
    "recommendations.json",
    "sources.json",
  ]) {
    const body = (await (await page.request.get(`/data/${file}`)).json()) as Record<string, unknown>;
    expect({ version: body["data_version"], date: body["data_date"] }, file).toEqual({ version, date });
  }
  for (const file of [...CSV_FILES, "citations.csv"]) {
    for (const row of await getCsv(page, file)) {
      expect({ version: row["data_version"], date: row["data_date"] }, file).toEqual({ version, date });
    }
  }
});

test("sources.json turns every source id in the downloads into a title, an author, a date and an address", async ({
  page,
}) => {
  const file = z.object({
    sources: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        publisher: z.string(),
        published: z.string(),
        url: z.url(),
        archived: z.url(),
        page: z.url(),
      }),
    ),
  });
  const { sources } = await getJson(page, "sources.json", file);
  const bacha = sources.find((source) => source.id === "bacha-2024");
  expect(bacha).toMatchObject({
    title: "The evolving ISKP threat",
    published: "2024-07-09",
    url: "https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
    archived: "https://web.archive.org/web/*/https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
  });
  const cited = new Set((await getCsv(page, "citations.csv")).map((row) => row["source"]));
  expect([...cited].sort()).toEqual(sources.map((source) => source.id).sort());
});

test("a journalist finds archived copies of a source from its page, looked up by its address", async ({ page }) => {
  await page.goto("/sources/bacha-2024/");
  await expect(page.getByRole("link", { name: "Look up this address in the Wayback Machine" })).toHaveAttribute(
    "href",
    "https://web.archive.org/web/*/https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
  );
});

test("each reference page links straight to its data files", async ({ page }) => {
  for (const [path, files] of [
    ["/timeline/", ["timeline.csv", "timeline.json", "citations.csv"]],
    ["/glossary/", ["glossary.json"]],
    ["/actors/", ["actors.json", "relations.csv", "citations.csv"]],
    ["/map/", ["places.json"]],
    ["/recommendations/", ["recommendations.csv", "recommendations.json", "citations.csv"]],
    ["/key-figures/", ["figures.csv", "citations.csv"]],
    ["/sources/", ["sources.json"]],
  ] as const) {
    await page.goto(path);
    const region = page.getByRole("region", { name: /^Download / });
    for (const file of files) {
      const link = region.getByRole("link", { name: file, exact: true });
      await expect(link, `${path} ${file}`).toHaveAttribute("href", `/data/${file}`);
      await expect(link, `${path} ${file}`).toHaveAttribute("download", "");
    }
  }
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
  // By whole id, and each must be listed: a renamed event would otherwise be at -1, before anything.
  const position = (id: string) => {
    expect(ids, id).toContain(`event-${id}`);
    return ids.indexOf(`event-${id}`);
  };
  expect(position("washington-warns-moscow-2024")).toBeLessThan(position("crocus-city-hall-attack-2024"));
  expect(position("first-ai-generated-bulletin-2024")).toBeLessThan(position("bacha-op-ed-published-2024"));
  expect(position("mi5-director-general-speech-2024")).toBeLessThan(
    position("tech-against-terrorism-press-release-2024"),
  );

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
  expect(csv).toHaveLength(relations.length);
});

test("a relation that runs both ways says so in the spreadsheet, as the diagram's two arrowheads do", async ({
  page,
}) => {
  // Bacha: trust is "seeing new lows between Russia and the West": not one side's mistrust of the other.
  const rows = await getCsv(page, "relations.csv");
  expect(rows.find((row) => row["id"] === "russia-mistrusts-the-west")?.["mutual"]).toBe("true");
  expect(rows.find((row) => row["id"] === "iskp-opposes-china")?.["mutual"]).toBe("false");
});

test("key figures are shown worded exactly as the data words them", async ({ page }) => {
  const figures = await getCsv(page, "figures.csv");
  await expectAnchors(
    page,
    "/key-figures/",
    figures.map((figure) => `figure-${figure["id"] ?? ""}`),
  );
  for (const figure of figures) {
    await expect(page.locator(`#figure-${figure["id"] ?? ""}`)).toContainText(figure["value"] ?? "");
  }
});

test("a journalist goes from a key figure to the claim that states it in its article", async ({ page }) => {
  const figures = await getCsv(page, "figures.csv");
  await page.goto("/key-figures/");
  for (const figure of figures) {
    const card = page.locator(`[id="figure-${figure["id"] ?? ""}"]`);
    const links = await card
      .getByRole("link")
      .filter({ hasText: /, claim \d+$/ })
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
    expect(links.length, figure["id"]).toBeGreaterThan(0);
    for (const href of links) expect(href, figure["id"]).toMatch(/^\/articles\/[a-z0-9-]+\/#claim-[a-z0-9-]+$/);
  }
  const toll = page.locator('[id="figure-crocus-death-toll"]');
  await toll
    .getByRole("link")
    .filter({ hasText: /, claim \d+$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/#claim-/);
  const claim = page.locator(".claim:target");
  await expect(claim).toBeInViewport();
  await expect(claim).toContainText("above 140");
});

test("a key figure has a visible link of its own, and a button that copies it", async ({ browser }) => {
  const page = await pageWithClipboard(browser);
  await page.goto("/key-figures/");
  const card = page.locator('[id="figure-crocus-death-toll"]');
  await expect(card.getByRole("link", { name: "Link to this figure" })).toHaveAttribute(
    "href",
    "#figure-crocus-death-toll",
  );
  await card.getByRole("button", { name: "Copy link to above 140" }).click();
  await expect(card.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL("/key-figures/#figure-crocus-death-toll", page.url()).href,
  );
  await page.context().close();
});

test("recommendations: every one has an anchor, and the filters narrow the list", async ({ page }) => {
  const { recommendations } = await getJson(page, "recommendations.json", recommendationsFile);
  await expectAnchors(
    page,
    "/recommendations/",
    recommendations.map((r) => `rec-${r.id}`),
  );
  const shown = page.locator("[id^=rec-]:visible");
  const select = page.getByRole("combobox", { name: "Addressed to" });
  const first = recommendations[0]?.addressedTo[0] ?? "";
  await select.selectOption(first);
  const expected = recommendations.filter((r) => r.addressedTo.includes(first)).length;
  await expect(shown).toHaveCount(expected);
  // Who made them narrows it further: of the recommendations to political leaders, Adam Hadley's
  // own. (The first maker in the list made every recommendation to the first audience, so choosing
  // it narrowed nothing, and a "Made by" that did nothing passed.)
  await select.selectOption("political-leaders");
  const toLeaders = recommendations.filter((r) => r.addressedTo.includes("political-leaders"));
  const byHadley = toLeaders.filter((r) => r.madeBy === "adam-hadley");
  expect(byHadley.length).toBeGreaterThan(0);
  expect(byHadley.length).toBeLessThan(toLeaders.length);
  await expect(shown).toHaveCount(toLeaders.length);
  await page.getByRole("combobox", { name: "Made by" }).selectOption("adam-hadley");
  await expect(shown).toHaveCount(byHadley.length);
});

test("a journalist who chooses Tech Against Terrorism also gets its director's recommendations, and can share the list", async ({
  page,
}) => {
  const { recommendations } = await getJson(page, "recommendations.json", recommendationsFile);
  const byTat = recommendations.filter((r) => ["tech-against-terrorism", "adam-hadley"].includes(r.madeBy));
  expect(byTat.some((r) => r.madeBy === "adam-hadley")).toBe(true);
  await page.goto("/recommendations/");
  // Adam Hadley is listed under the organisation he leads, not apart from it.
  const section = page.getByRole("region", { name: /^Recommended by Tech Against Terrorism/ });
  for (const r of byTat) await expect(section.locator(`[id="rec-${r.id}"]`)).toHaveCount(1);
  await expect(page.locator('[id="by-adam-hadley"]')).toHaveCount(1);

  await page.getByRole("combobox", { name: "Made by" }).selectOption("tech-against-terrorism");
  await expect(page.locator("[id^=rec-]:visible")).toHaveCount(byTat.length);
  await expect(page).toHaveURL(/[?&]by=tech-against-terrorism(&|$)/);
  await page.getByRole("combobox", { name: "Addressed to" }).selectOption("police");
  const both = byTat.filter((r) => r.addressedTo.includes("police"));
  await expect(page.locator("[id^=rec-]:visible")).toHaveCount(both.length);

  // The address brings back the same choice.
  await page.goto(new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(page.getByRole("combobox", { name: "Made by" })).toHaveValue("tech-against-terrorism");
  await expect(page.getByRole("combobox", { name: "Addressed to" })).toHaveValue("police");
  await expect(page.locator("[id^=rec-]:visible")).toHaveCount(both.length);

  await page.getByRole("combobox", { name: "Made by" }).selectOption("adam-hadley");
  await expect(page.locator("[id^=rec-]:visible")).toHaveCount(
    byTat.filter((r) => r.madeBy === "adam-hadley" && r.addressedTo.includes("police")).length,
  );
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
