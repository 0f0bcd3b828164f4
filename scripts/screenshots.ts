/**
 * `npm run screenshots [path ...]`: PNGs of pages of the built site at phone and desktop widths,
 * in light and dark, in `screenshots/` (not committed), for looking at what we build.
 * Expects `npm run preview` (or `npm start`) to be serving the site on http://localhost:4321.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, findChromium } from "./find-browser.ts";

const base = process.env["BASE_URL"] ?? "http://localhost:4321";
const paths = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const fullPage = !process.argv.includes("--viewport");
const targets = paths.length > 0 ? paths : ["/", "/about/", "/404/"];

mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
for (const path of targets) {
  for (const width of [375, 1280]) {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(new URL(path, base).href);
      const name = `${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage });
      await page.close();
      console.log(`screenshots/${name}`);
    }
  }
}
await browser.close();
