import { readFile } from "node:fs/promises";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { expect, test } from "@playwright/test";
import { BibLatexParser } from "biblatex-csl-converter";
import { jsonLd, pageWithClipboard, sitemapPaths } from "./helpers";

const ARTICLE = "/articles/what-is-iskp/";
const SOURCE = "/sources/bacha-2024/";

test("an article's JSON-LD is an Article with its dates, author and the sources it cites", async ({ page }) => {
  await page.goto(ARTICLE);
  const article = (await jsonLd(page)).find((object) => object["@type"] === "Article");
  expect(article).toMatchObject({
    headline: await page.getByRole("heading", { level: 1 }).textContent(),
    datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    author: { "@type": "Organization" },
  });
  const citations = article?.["citation"] as { name: string; url: string }[];
  expect(citations.map((citation) => citation.url)).toContain(
    "https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
  );
});

test("/data/ describes every download as a Dataset", async ({ page }) => {
  await page.goto("/data/");
  const datasets = (await jsonLd(page)).filter((object) => object["@type"] === "Dataset");
  const files = datasets.flatMap((dataset) => (dataset["distribution"] as { name: string }[]).map((d) => d.name));
  expect(files.sort()).toEqual(
    [
      "actors.json",
      "citations.csv",
      "claims.json",
      "figures.csv",
      "glossary.json",
      "places.json",
      "recommendations.csv",
      "recommendations.json",
      "relations.csv",
      "sources.json",
      "timeline.csv",
      "timeline.json",
    ].sort(),
  );
});

test("'Cite this page' offers APA, MLA, Chicago and Harvard, with today's date where a style asks for it", async ({
  browser,
}) => {
  const page = await pageWithClipboard(browser);
  await page.goto(ARTICLE);
  const cite = page.getByRole("region", { name: "Cite this page" });
  for (const style of [
    "APA (7th edition)",
    "MLA (9th edition)",
    "Chicago (17th edition, bibliography)",
    "Harvard (Cite Them Right)",
  ]) {
    await expect(cite.getByText(style, { exact: true })).toBeVisible();
  }
  const today = new Date();
  const written = `${today.getDate()} ${today.toLocaleString("en-GB", { month: "long" })} ${today.getFullYear()}`;
  const harvard = cite.locator("#cite-harvard-cite-them-right");
  await expect(harvard).toContainText(`(Accessed: ${written})`);
  await expect(harvard).toContainText(await page.getByRole("heading", { level: 1 }).innerText());
  await cite.getByRole("button", { name: "Copy the Harvard (Cite Them Right) reference" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await harvard.innerText()).trim());
  await page.context().close();
});

test("without JavaScript the access date is a clear placeholder", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.locator("#cite-harvard-cite-them-right")).toContainText("(Accessed: [date you accessed it])");
  await context.close();
});

/** Reads BibTeX with biblatex-csl-converter, a biblatex parser independent of the site's code. */
function readBibtex(bibtex: string) {
  const parsed = new BibLatexParser(bibtex, { processUnexpected: true, processUnknown: true }).parse();
  const text = (value: unknown): string =>
    typeof value === "string"
      ? value
      : Array.isArray(value)
        ? value.map(text).join("")
        : value && typeof value === "object" && "text" in value
          ? String(value.text)
          : "";
  const entries = Object.values(parsed.entries).map((entry) => ({
    type: entry.bib_type,
    fields: Object.fromEntries(Object.entries(entry.fields).map(([name, value]) => [name, text(value)])),
  }));
  return { entries, problems: [...parsed.errors, ...parsed.warnings] };
}

/** Today as YYYY-MM-DD in the browser's time zone, the date a reader accessed the page. */
const todayIso = () => {
  const today = new Date();
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
};

test("a journalist copies BibTeX that a biblatex parser reads: @online, the site, ISO dates, the address", async ({
  browser,
}) => {
  const page = await pageWithClipboard(browser);
  await page.goto(ARTICLE);
  const published = await page.locator("header dl time").first().getAttribute("datetime");
  const cite = page.getByRole("region", { name: "Cite this page" });
  await cite.getByRole("button", { name: "Copy BibTeX" }).click();
  await expect(cite.getByRole("button", { name: "Copied" })).toBeVisible();
  const { entries, problems } = readBibtex(await page.evaluate(() => navigator.clipboard.readText()));
  expect(problems).toEqual([]);
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  expect(entry?.type).toBe("online");
  expect(entry?.fields).toMatchObject({
    title: await page.getByRole("heading", { level: 1 }).innerText(),
    organization: "ISKP Explained",
    date: published,
    urldate: todayIso(),
  });
  expect(new URL(entry?.fields["url"] ?? "").pathname).toBe(ARTICLE);
  expect(Object.keys(entry?.fields ?? {})).not.toContain("month");
  await page.context().close();
});

test("the BibTeX download saves the entry a parser reads, with today's date as the access date", async ({ page }) => {
  await page.goto(SOURCE);
  const download = page.waitForEvent("download");
  await page.getByRole("region", { name: "Cite this source" }).getByRole("link", { name: "BibTeX" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("source-bacha-2024.bib");
  const { entries, problems } = readBibtex(await readFile(await file.path(), "utf8"));
  expect(problems).toEqual([]);
  expect(entries[0]).toMatchObject({
    type: "article-newspaper",
    fields: {
      title: "The evolving ISKP threat",
      journaltitle: "The News International",
      date: "2024-07-09",
      url: "https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
      urldate: todayIso(),
    },
  });
});

test("without JavaScript the BibTeX shown leaves out the access date and still parses", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const { entries, problems } = readBibtex(await page.locator("#cite-bibtex").innerText());
  expect(problems).toEqual([]);
  expect(entries[0]?.type).toBe("online");
  expect(entries[0]?.fields["urldate"]).toBeUndefined();
  await context.close();
});

test("BibTeX, RIS and CSL-JSON downloads read back with the source's author, title, date and URL", async ({ page }) => {
  await page.goto(SOURCE);
  const region = page.getByRole("region", { name: "Cite this source" });
  for (const format of ["BibTeX", "RIS", "CSL-JSON"]) {
    const href = (await region.getByRole("link", { name: format }).getAttribute("href")) ?? "";
    const text = await (await page.request.get(href)).text();
    const [item] = (await Cite.async(text)).data;
    expect(item, format).toMatchObject({
      title: "The evolving ISKP threat",
      URL: "https://thenews.com.pk/amp/1207737-the-evolving-iskp-threat",
    });
    expect(item?.["author"], format).toEqual([expect.objectContaining({ family: "Bacha", given: "Numan" })]);
    expect((item?.["issued"] as { "date-parts": number[][] })["date-parts"][0], format).toEqual([2024, 7, 9]);
  }
});

test("a page's own downloads cite this site's page, with its address", async ({ page }) => {
  await page.goto(ARTICLE);
  const href =
    (await page
      .getByRole("region", { name: "Cite this page" })
      .getByRole("link", { name: "RIS" })
      .getAttribute("href")) ?? "";
  const [item] = (await Cite.async(await (await page.request.get(href)).text())).data;
  expect(item?.["title"]).toBe(await page.getByRole("heading", { level: 1 }).innerText());
  expect(new URL(String(item?.["URL"])).pathname).toBe(ARTICLE);
});

test("a claim's note links to the citation of its source", async ({ page }) => {
  await page.goto(ARTICLE);
  const marker = page.locator(".claim-marker").first();
  await marker.focus();
  const link = page.locator(".claim-ref").first().getByRole("link", { name: "Cite the source" });
  await expect(link).toHaveAttribute("href", /^\/sources\/[a-z0-9-]+\/#cite$/);
});

test("corrections and the feeds list every article, each logged change and each replaced article", async ({ page }) => {
  const paths = sitemapPaths().filter((path) => /^\/articles\/.+\//.test(path));
  await page.goto("/corrections/");
  for (const path of paths) await expect(page.getByRole("main").locator(`a[href="${path}"]`).first()).toBeVisible();
  const feed = (await (await page.request.get("/feed.json")).json()) as {
    version: string;
    items: { url: string; title: string }[];
  };
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  const urls = feed.items.map((item) => new URL(item.url).pathname + new URL(item.url).hash);
  for (const path of paths) expect(urls).toContain(path);
  // The rewrite of 29 November 2026 is logged on each article it changed, and it replaced two.
  for (const slug of [
    "what-is-iskp",
    "attacks-and-warnings",
    "propaganda-online",
    "policy-responses",
    "reading-the-sources",
  ]) {
    expect(urls).toContain(`/articles/${slug}/#corrections`);
  }
  expect(feed.items.map((item) => item.title)).toEqual(
    expect.arrayContaining([
      "Replaced: ISKP in its region: the Afghan Taliban, China, Russia and the case for cooperation",
      "Replaced: Young people and terrorism in the UK: MI5’s warning, as reported",
    ]),
  );
  const rss = await (await page.request.get("/rss.xml")).text();
  expect(rss.match(/<item>/g)?.length).toBe(feed.items.length);
});
