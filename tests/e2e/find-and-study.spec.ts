import { expect, test, type Locator, type Page } from "@playwright/test";
import { axeViolations, watchForeignRequests } from "./helpers";

/** The search page, as a reader uses it. */
class SearchPage {
  readonly box: Locator;
  readonly status: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole("searchbox", { name: "Search the site" });
    this.status = page.getByRole("status");
    this.results = page.getByRole("list", { name: "Search results" });
  }

  async goto() {
    await this.page.goto("/search/");
    await expect(this.box).toBeVisible();
  }

  /** Searches, optionally within one kind of page, and waits for the results to be announced. */
  async search(query: string, within?: string) {
    if (within) await this.page.getByRole("radio", { name: new RegExp(`^${within}`) }).check();
    await this.box.fill(query);
    await expect(this.status).toContainText(`“${query}”${within ? ` in ${within}` : ""}`);
  }
}

/** The titles of the articles, in reading order, as the articles index lists them. */
async function articleTitles(page: Page): Promise<string[]> {
  await page.goto("/articles/");
  return page.getByRole("main").getByRole("heading", { level: 2 }).allInnerTexts();
}

const findable = [
  { within: "Articles", query: "tricenarian", result: "What ISKP is and where it operates" },
  { within: "Sources", query: "police officer", result: "The evolving ISKP threat" },
  { within: "Glossary", query: "tricenarian", result: "tricenarian", anchor: "#term-tricenarian" },
  {
    within: "Timeline",
    query: "Kabul airport",
    result: "Attack on Kabul airport",
    anchor: "#event-kabul-airport-attack-2021",
  },
  { within: "Actors and relations", query: "Hizballah", result: "Hizballah", anchor: "#actor-hizballah" },
  {
    within: "Recommendations",
    query: "resources",
    result: "The police need more resources to investigate online crimes.",
    anchor: "#rec-police-more-resources",
  },
  { within: "Key figures", query: "above 140", result: /^above 140/, anchor: "#figure-" },
  { within: "Map", query: "Ukraine", result: "Ukraine", anchor: "#place-ukraine" },
  { within: "Study guide and print edition", query: "study guide", result: "Study guide" },
  { within: "Method and corrections", query: "corrections", result: "Corrections and changes" },
];

for (const { within, query, result, anchor } of findable) {
  test(`searching ${within.toLowerCase()} for “${query}” finds ${String(result)}`, async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto();
    await search.search(query, within);
    const link = search.results.getByRole("link", { name: result }).first();
    await expect(link).toBeVisible();
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(new RegExp(`highlight=${encodeURIComponent(query.split(" ")[0] ?? "")}`, "i"));
    if (anchor) expect(href).toContain(anchor);
  });
}

test("a student searching “study guide” gets the study guide first", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto();
  await search.search("study guide");
  await expect(search.results.getByRole("heading", { level: 2 }).first()).toHaveText("Study guide");
});

test("a search for a place names an article passage first, above the timeline and the glossary", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto();
  await search.search("Kabul");
  const first = search.results.getByRole("listitem").first();
  await expect(first.locator(".label").first()).toHaveText("Articles");
  await expect(first.getByRole("link").nth(1)).toHaveAttribute("href", /#claim-/);
});

test("stop words are neither searched nor highlighted, and “of” never marks the start of “official”", async ({
  page,
}) => {
  const search = new SearchPage(page);
  await search.goto();
  await search.search("the media arm of ISKP");
  await expect(search.results.locator("mark").first()).toBeVisible();
  const marks = await search.results.locator("mark").allInnerTexts();
  for (const mark of marks)
    expect(mark.replace(/[^\p{L}]/gu, "").toLowerCase(), mark).toMatch(/^(media|arms?|iskps?)$/);
  const link = search.results.getByRole("link").first();
  const href = (await link.getAttribute("href")) ?? "";
  expect(new URL(href, "http://x").searchParams.getAll("highlight").map((word) => word.toLowerCase())).not.toContain(
    "of",
  );
  await link.click();
  await expect(page.locator("mark.pagefind-highlight").first()).toBeVisible();
  // Text content, not inner text: a claim's earlier wording, hidden until asked for, is highlighted
  // too, and hidden text has no inner text.
  const highlighted = await page.locator("mark.pagefind-highlight").allTextContents();
  for (const mark of highlighted) expect(mark.toLowerCase(), mark).toMatch(/^(media|arms?|iskp|iskp’s)$/);
});

test("search finds an article by its own text, not by its dates, related articles, contents bar, footnotes' links back or claims that left it", async ({
  page,
}) => {
  // What the search index holds for the first article, read through Pagefind's own interface.
  await page.goto("/search/");
  const indexed = await page.evaluate(async () => {
    const url = "/pagefind/pagefind.js";
    const pagefind = (await import(url)) as {
      search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
    };
    const found = await Promise.all((await pagefind.search("operates")).results.map((result) => result.data()));
    return found.find((page) => page.url.startsWith("/articles/what-is-iskp/"))?.content ?? "";
  });
  expect(indexed).toContain("a regional chapter of the IS");
  // The list of related articles (a list of other articles' titles) and the contents bar's label.
  expect(indexed).not.toContain("Related articles");
  expect(indexed).not.toContain("Chosen by the glossary terms and sources they share with this one");
  expect(indexed).not.toMatch(/\bContents\b/);
  // The page's dates, reading time and number of claims, above the text.
  expect(indexed).not.toMatch(/Published\s*\d/);
  expect(indexed).not.toContain("min read");
  // The footnotes' quotations are the article's evidence, and searchable; the link under each is not.
  expect(indexed).toContain("Emerged around a decade ago, the ISKP");
  expect(indexed).not.toContain("Back to claim");
  // "Earlier links to this page": a claim that moved to another article, and one removed.
  expect(indexed).not.toContain("Crocus City Hall");
  expect(indexed).not.toContain("The first is an opinion column by Numan Bacha");
});

test("result excerpts never run the end of one block into the next", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto();
  for (const query of ["Taliban", "Ukraine", "publisher", "moderation", "evidence"]) {
    await search.search(query);
    for (const excerpt of await search.results.locator("p:not(.label)").allInnerTexts()) {
      const joined = excerpt.replaceAll("McCallum", "").match(/\p{Ll}[.”’)]?[\p{Lu}“]\S*/gu) ?? [];
      expect(joined, `${query}: ${excerpt}`).toEqual([]);
    }
  }
});

test("every page's footer leads to the study guide, the print edition and the corrections", async ({ page }) => {
  for (const path of ["/", "/articles/what-is-iskp/", "/sources/bacha-2024/", "/no-such-page/"]) {
    await page.goto(path);
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "Study guide" }), path).toHaveAttribute("href", "/study/");
    await expect(footer.getByRole("link", { name: "Print edition" }), path).toHaveAttribute("href", "/print/");
    await expect(footer.getByRole("link", { name: "Corrections and changes" }), path).toHaveAttribute(
      "href",
      "/corrections/",
    );
  }
});

test("an article's “Questions to consider” leads to the study guide's questions", async ({ page }) => {
  await page.goto("/articles/what-is-iskp/");
  await page
    .getByRole("region", { name: "Questions to consider", exact: true })
    .getByRole("link", { name: "study guide" })
    .click();
  await expect(page).toHaveURL(/\/study\/#questions$/);
  await expect(page.getByRole("heading", { level: 2, name: "Questions to consider" })).toBeInViewport();
});

test("a reader on a missing page searches from it, or goes to any main section", async ({ page }) => {
  await page.goto("/no-such-page/");
  const main = page.getByRole("main");
  const sections = main.getByRole("region", { name: "The site’s sections" });
  for (const [name, href] of [
    ["Articles", "/articles/"],
    ["Timeline", "/timeline/"],
    ["Glossary", "/glossary/"],
    ["Actors and relations", "/actors/"],
    ["Map", "/map/"],
    ["Recommendations", "/recommendations/"],
    ["Key figures", "/key-figures/"],
    ["Sources", "/sources/"],
    ["Data", "/data/"],
    ["Method", "/about/"],
    ["Study guide", "/study/"],
    ["Print edition", "/print/"],
    ["Corrections and changes", "/corrections/"],
  ] as const) {
    await expect(sections.getByRole("link", { name, exact: true }), name).toHaveAttribute("href", href);
  }
  await main.getByRole("searchbox", { name: "Search the site" }).fill("Crocus");
  await main.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Crocus$/);
  await expect(new SearchPage(page).status).toContainText("match “Crocus”");
});

test("a result opens the exact place it was found, with the searched word highlighted", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto();
  await search.search("tricenarian", "Glossary");
  await search.results.getByRole("link", { name: "tricenarian" }).click();
  await expect(page).toHaveURL(/\/glossary\/\?highlight=tricenarian#term-tricenarian$/);
  const highlight = page
    .getByRole("main")
    .locator("mark", { hasText: /tricenarian/i })
    .first();
  await expect(highlight).toBeVisible();
  await expect(highlight).toBeInViewport();
});

test("the search address keeps the query, so Back and shared links show the same results", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto();
  await search.search("Crocus");
  await expect(page).toHaveURL(/\/search\/\?q=Crocus$/);
  await page.goto("/search/?q=Crocus&type=Timeline");
  await expect(search.box).toHaveValue("Crocus");
  await expect(page.getByRole("radio", { name: /^Timeline/ })).toBeChecked();
  await expect(search.status).toContainText("“Crocus” in Timeline");
});

test("a search with no match says so and points to the A–Z pages", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto();
  await search.search("quokka");
  await expect(search.status).toHaveText(/^Nothing matches “quokka”/);
  await expect(page.getByRole("main").getByRole("link", { name: "glossary" }).last()).toBeVisible();
});

test("the / key focuses search: on the search page, and from any other page", async ({ page }) => {
  await page.goto("/about/");
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/search\/$/);
  const search = new SearchPage(page);
  await expect(search.box).toBeFocused();

  await page.getByRole("heading", { level: 1 }).click();
  await expect(search.box).not.toBeFocused();
  await page.keyboard.press("/");
  await expect(search.box).toBeFocused();
  // In a text field, / is just a character.
  await page.keyboard.type("a/b");
  await expect(search.box).toHaveValue("a/b");
});

test("the header links to search, and the / shortcut can be switched off", async ({ page }) => {
  await page.goto("/timeline/");
  const link = page.getByRole("banner").getByRole("link", { name: "Search", exact: true });
  await expect(link).toHaveAttribute("aria-keyshortcuts", "/");
  await link.click();
  await expect(page).toHaveURL(/\/search\/$/);
  await page.getByRole("checkbox", { name: /on any page of this site to come to search/ }).uncheck();
  await page.goto("/timeline/");
  await page.keyboard.press("/");
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Search", exact: true })).not.toHaveAttribute(
    "aria-keyshortcuts",
  );
});

test("without JavaScript the search page says search needs it and links to the A–Z pages", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search/");
  const main = page.getByRole("main");
  await expect(main.getByText("Search needs JavaScript")).toBeVisible();
  for (const [name, href] of [
    ["glossary", "/glossary/"],
    ["timeline", "/timeline/"],
    ["articles", "/articles/"],
  ] as const) {
    await expect(main.getByRole("link", { name, exact: true }).first()).toHaveAttribute("href", href);
  }
  await expect(page.getByRole("searchbox")).toBeHidden();
  await context.close();
});

test("searching loads everything from the site itself", async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, new URL(baseURL ?? "").origin);
  const search = new SearchPage(page);
  await search.goto();
  await search.search("propaganda");
  await search.results.getByRole("link").first().click();
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
});

// The study guide and the print edition are pages of the sitemap, which pages.spec.ts checks.
test("axe finds no WCAG 2.2 AA violation on search results, in light and dark themes", async ({ page }) => {
  const search = new SearchPage(page);
  await search.goto();
  await search.search("Crocus");
  await expect(search.results.getByRole("link").first()).toBeVisible();
  expect.soft(await axeViolations(page), "light").toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect.soft(await axeViolations(page), "dark").toEqual([]);
});

test.describe("printed", () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: "print" });
  });

  /** What a link prints after its text (its ::after content), "none" when nothing. */
  const printedAfter = (link: Locator) => link.evaluate((a) => getComputedStyle(a, "::after").content);

  test("an article prints its footnotes and each link's address, without navigation or notes", async ({ page }) => {
    await page.goto("/articles/what-is-iskp/");
    await expect(page.getByRole("navigation", { name: "Primary" })).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("button", { name: "Dark theme" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Sources for each claim" })).toBeVisible();
    const footnotes = page.getByRole("region", { name: "Sources for each claim" }).getByRole("listitem");
    await expect(footnotes.first()).toBeVisible();
    await expect(footnotes.last()).toBeVisible();
    await expect(page.getByText("Link to this claim").first()).toBeHidden();

    const siteLink = page.getByRole("main").getByRole("link", { name: "the next article" });
    expect(await printedAfter(siteLink)).toBe('" (/articles/attacks-and-warnings/)"');
    const marker = page.getByRole("link", { name: /^\[? ?Source note 1\]?$/ });
    expect(await printedAfter(marker)).toBe('"]"');
    // The page says where it was printed from, so that /… addresses can be followed.
    await expect(page.getByText(/^ISKP Explained: https?:\/\/.+\/articles\/what-is-iskp\/\./)).toBeVisible();
  });

  test("a link to another site prints its full address; an in-page link prints none", async ({ page }) => {
    await page.goto("/about/");
    const licence = page.getByRole("main").getByRole("link", { name: /Creative Commons Attribution 4\.0/ });
    const href = (await licence.getAttribute("href")) ?? "";
    expect(href).toMatch(/^https:\/\//);
    expect(await printedAfter(licence)).toBe(`" (${href})"`);
    await page.goto("/glossary/");
    const letter = page.getByRole("main").getByRole("link", { name: "tricenarian", exact: true });
    expect(await printedAfter(letter)).toBe("none");
  });

  test("evidence that sits behind “Evidence” on screen is printed open", async ({ page }) => {
    await page.goto("/timeline/");
    const quote = page.getByRole("main").locator("details").first().locator("q").first();
    await expect(quote).toBeVisible();
  });
});

test("/study/ has every article's key points and questions, a glossary self-test and a source exercise", async ({
  page,
}) => {
  const titles = await articleTitles(page);
  expect(titles.length).toBeGreaterThan(0);
  const points = new Map<string, string[]>();
  const questions = new Map<string, string[]>();
  for (const link of await page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link").all()) {
    const href = (await link.getAttribute("href")) ?? "";
    const title = await link.innerText();
    const article = await page.context().newPage();
    await article.goto(href);
    points.set(
      title,
      await article.getByRole("region", { name: "Key points", exact: true }).locator(".claim").allInnerTexts(),
    );
    questions.set(
      title,
      await article
        .getByRole("region", { name: "Questions to consider", exact: true })
        .locator("summary")
        .allInnerTexts(),
    );
    await article.close();
  }

  await page.goto("/study/");
  const keyPoints = page.getByRole("region", { name: "Key points of every article" });
  for (const [title, texts] of points) {
    const section = keyPoints.getByRole("region", { name: title });
    expect(texts.length, title).toBeGreaterThan(0);
    await expect(section.getByRole("listitem")).toHaveCount(texts.length);
    // Word for word, apostrophes included: a claim reads the same on the study page as in its article.
    const shown = await section.innerText();
    for (const text of texts) expect(shown, title).toContain(text);
  }
  const asked = page.getByRole("region", { name: "Questions to consider" });
  for (const [title, texts] of questions) {
    const section = asked.getByRole("region", { name: title });
    for (const text of texts) await expect(section.getByText(text, { exact: true }), title).toBeVisible();
  }

  const selfTest = page.getByRole("region", { name: "Glossary self-test" });
  const term = selfTest.getByRole("group").filter({ hasText: "tricenarian" });
  await expect(term.getByText("tricenarian", { exact: true })).toBeVisible();
  const answer = term.getByRole("link", { name: "tricenarian in the glossary" });
  await expect(answer).toBeHidden();
  await term.getByText("tricenarian", { exact: true }).click();
  await expect(answer).toBeVisible();

  const exercise = page.getByRole("region", { name: "Evaluating the sources" });
  for (const id of ["bacha-2024", "tech-against-terrorism-2024"]) {
    await expect(exercise.locator(`a[href="/sources/${id}/#how-to-read"]`)).toHaveCount(1);
  }
  await expect(exercise.getByRole("region", { name: "Comparing the two" }).getByRole("listitem").first()).toBeVisible();
});

test("the print edition's volumes hold every article once in reading order, each with its footnotes, and end with the sources they cite", async ({
  page,
}) => {
  const titles = await articleTitles(page);
  await page.goto("/print/");
  const volumes = await page
    .getByRole("main")
    .getByRole("heading", { level: 2 })
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(volumes.length).toBeGreaterThan(0);

  const printed: string[] = [];
  for (const volume of volumes) {
    await page.goto(volume);
    const articles = page.getByRole("main").getByRole("article");
    for (const article of await articles.all()) {
      const title = await article.getByRole("heading", { level: 2 }).innerText();
      printed.push(title);
      await expect(article.getByRole("heading", { level: 3, name: "Key points" }), title).toBeVisible();
      const footnotes = article.getByRole("region", { name: "Sources for each claim" }).getByRole("listitem");
      expect(await footnotes.count(), title).toBeGreaterThan(0);
    }

    // The volume stands alone on paper: its source list is exactly the sources its footnotes cite.
    const cited = await page
      .locator(".footnotes a[href^='/sources/']")
      .evaluateAll((links) => links.map((link) => new URL(link.getAttribute("href") ?? "", "http://x").pathname));
    const listed = await page
      .getByRole("region", { name: "The sources", exact: true })
      .getByRole("link", { name: "About this source" })
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(listed.toSorted(), volume).toEqual([...new Set(cited)].toSorted());

    const ids = await page.locator("[id]").evaluateAll((elements) => elements.map((element) => element.id));
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      volume,
    ).toEqual([]);
    // A footnote marker still leads to its footnote.
    const marker = articles.first().getByRole("link", { name: /^\[? ?Source note 1\]?$/ });
    await expect(page.locator((await marker.getAttribute("href")) ?? "")).toHaveCount(1);
  }
  expect(printed).toEqual(titles);
});
