/**
 * The site built for a sub-path, as GitHub Pages serves a project site (BASE_PATH=/iskp-explained/):
 * `npm run build`'s script, into a temporary folder, then a look at what it wrote and at the site in
 * a browser. The browser tests (tests/e2e) cover the root build.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { delimiter, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumArgs, findChromium } from "../../scripts/find-browser.ts";
import { serveSite } from "../../scripts/lib/static-server.ts";

const BASE = "/iskp-explained/";
const SITE = "https://octocat.github.io";
const root = fileURLToPath(new URL("../../", import.meta.url));
const out = join(mkdtempSync(join(tmpdir(), "iskp-base-path-")), "site");
// Vitest sets NODE_ENV=test and Vite's import.meta.env values (BASE_URL, MODE, ...) in process.env;
// a build that inherited them would not be a production build.
const VITEST_ONLY = /^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/;
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ONLY.test(name))),
  SITE_URL: SITE,
  BASE_PATH: BASE,
  PATH: `${join(root, "node_modules", ".bin")}${delimiter}${process.env["PATH"] ?? ""}`,
};

const run = (command: string) => spawnSync(command, { cwd: root, env, shell: true, encoding: "utf8" });

/** Every built file, by its path inside the output folder ("about/index.html"). */
const builtFiles = () =>
  readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(out, join(entry.parentPath, entry.name)).split(sep).join("/"));

let result: { status: number | null; output: string };

beforeAll(() => {
  // What `npm run build` runs, into another folder.
  const build = spawnSync(process.execPath, ["scripts/build.ts", out], { cwd: root, env, encoding: "utf8" });
  result = { status: build.status, output: `${build.stdout}${build.stderr}` };
});

afterAll(() => {
  rmSync(join(out, ".."), { recursive: true, force: true });
});

describe(`the site built for ${BASE}`, () => {
  test("builds, and passes the link and weight checks at its base path", () => {
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`checked at ${BASE}`);
    expect(result.output).toContain("pages within budget");
  });

  test("does not warn about the placeholder origin when SITE_URL is set", () => {
    expect(result.output).not.toContain("SITE_URL is not set");
  });

  test("no page refers to a root-absolute path outside the base", () => {
    const outside: string[] = [];
    for (const file of builtFiles().filter((name) => name.endsWith(".html"))) {
      const html = readFileSync(join(out, file), "utf8");
      for (const [, attribute, value] of html.matchAll(/\s(href|src|action|srcset|content|data-[\w-]+)="(\/[^"]*)"/g)) {
        if (!value?.startsWith(BASE) && !value?.startsWith("//"))
          outside.push(`${file}: ${attribute ?? ""}="${value}"`);
      }
    }
    expect(outside).toEqual([]);
  });

  test("absolute URLs in feeds, the sitemap, robots.txt and downloads carry the base", () => {
    for (const file of ["rss.xml", "feed.json", "sitemap-index.xml", "robots.txt", "data/claims.json"]) {
      const text = readFileSync(join(out, file), "utf8");
      const urls = [...text.matchAll(/https:\/\/octocat\.github\.io[^\s"<]*/g)].map((match) => match[0]);
      expect(urls.length, file).toBeGreaterThan(0);
      for (const url of urls) expect(url, file).toMatch(new RegExp(`^${SITE}${BASE}`));
    }
  });

  test("the link check fails on a link that leaves the base path", () => {
    const page = join(out, "about", "index.html");
    const html = readFileSync(page, "utf8");
    writeFileSync(page, html.replace("</main>", '<a href="/glossary/">Glossary</a></main>'));
    try {
      const check = run(`node scripts/check-links.ts ${out}`);
      expect(check.status).toBe(1);
      expect(check.stderr).toContain(`/glossary/ is outside the base path ${BASE}`);
    } finally {
      writeFileSync(page, html);
    }
  });
});

describe(`the site served at ${BASE}`, () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ({ server, origin } = await serveSite(out, BASE));
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  });

  afterAll(async () => {
    await browser.close();
    server.close();
  });

  test("navigation, search and a search result stay inside the base, and load nothing from outside it", async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
    });

    await page.goto(`${origin}${BASE}`);
    await page.getByRole("navigation", { name: "Primary" }).getByRole("link", { name: "Glossary" }).click();
    await page.waitForURL(`${origin}${BASE}glossary/`);

    await page.goto(`${origin}${BASE}search/?q=tricenarian&type=Glossary`);
    const result = page.getByRole("list", { name: "Search results" }).getByRole("link", { name: "tricenarian" });
    await result.first().waitFor();
    expect(await result.first().getAttribute("href")).toMatch(
      new RegExp(`^${BASE}glossary/\\?highlight=tricenarian#term-tricenarian$`),
    );
    await result.first().click();
    // The highlight script comes from the base's /pagefind/ too.
    await page.getByRole("main").locator("mark.pagefind-highlight").first().waitFor();

    expect(outside).toEqual([]);
    await page.close();
  });

  test("printed, site links show their address with the base, and footnotes' source links none", async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(`${origin}${BASE}articles/what-is-iskp/`);
    const printedAfter = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(await printedAfter(`main a[href="${BASE}sources/bacha-2024/"]:not(.footnotes *)`)).toBe(
      `" (${BASE}sources/bacha-2024/)"`,
    );
    expect(await printedAfter(`.footnotes a[href^="${BASE}sources/"]`)).toBe("none");
    await page.close();
  });

  test("an unknown address gets the 404 page, whose links lead back into the site", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${origin}${BASE}no-such-page/`);
    expect(response?.status()).toBe(404);
    await page.getByRole("link", { name: "home page" }).click();
    await page.waitForURL(`${origin}${BASE}`);
    await page.close();
  });
});
