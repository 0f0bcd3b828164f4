/**
 * Share images: a 1200×630 PNG for every page that names its own as `og:image`, from words that
 * are on the page (its kicker, its h1 and the site's name), drawn with satori and resvg. Reading
 * the built pages means no page can be left without the image it promises.
 *
 * An image is kept in the cache under a digest of everything it is drawn from (the card, the
 * fonts, the renderers' versions), so an unchanged page's image is copied, not drawn again. Images
 * are drawn one at a time, letting the event loop run between them: resvg's pixels live outside
 * the JavaScript heap, and are only freed when the garbage collector gets a turn.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { ogImagePath } from "../../src/lib/og-path.ts";
import { withBase } from "../../src/lib/paths.ts";
import { cacheDir, cacheKey } from "./cache.ts";
import type { BuiltPage, BuiltSite } from "./dist.ts";

const require = createRequire(import.meta.url);
const fonts = join(dirname(require.resolve("@fontsource/source-serif-4/package.json")), "files");
const font = (weight: 400 | 700) => readFileSync(join(fonts, `source-serif-4-latin-${weight}-normal.woff`));
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children },
});

/** The card, as satori's element tree. */
export function card(kicker: string, title: string): Node {
  return h(
    "div",
    {
      // Satori sizes boxes like content-box: padding and border are added to width and height.
      width: 1200 - 2 * 72,
      height: 630 - 2 * 64 - 16,
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: "64px 72px",
      background: "#fbfaf7",
      color: "#1c1b19",
      fontFamily: "Source Serif",
      borderTop: "16px solid #1d4e89",
    },
    h(
      "div",
      { display: "flex", width: 1056, fontSize: 30, letterSpacing: 3, textTransform: "uppercase", color: "#55524b" },
      kicker || " ",
    ),
    h(
      "div",
      { display: "flex", width: 1056, fontSize: title.length > 70 ? 58 : 70, fontWeight: 700, lineHeight: 1.12 },
      title,
    ),
    h(
      "div",
      { display: "flex", width: 1056, justifyContent: "space-between", fontSize: 30, color: "#55524b" },
      h("div", { fontWeight: 700, color: "#1d4e89" }, "ISKP Explained"),
    ),
  );
}

/** The pages that name their own share image, with the file it goes to (inside the site). */
export function pagesWithOwnImage(pages: BuiltPage[], origin: string, base: string) {
  return pages.flatMap((page) => {
    const path = ogImagePath(page.path);
    const own = new URL(withBase(path, base), origin).href;
    return page.shareImage === own && page.title ? [{ page, path }] : [];
  });
}

/**
 * Writes the share image of every page that names its own into the site, drawing only those not
 * already in the cache. Returns how many were drawn and how many copied.
 */
export async function writeShareImages(
  site: BuiltSite,
  { origin, base, cache = join(cacheDir(), "share-images") }: { origin: string; base: string; cache?: string },
): Promise<{ drawn: number; copied: number }> {
  const regular = font(400);
  const bold = font(700);
  const renderers = `satori ${version("satori")}, resvg ${version("@resvg/resvg-js")}`;
  const options = {
    width: 1200,
    height: 630,
    fonts: [
      { name: "Source Serif", data: regular, weight: 400 as const, style: "normal" as const },
      { name: "Source Serif", data: bold, weight: 700 as const, style: "normal" as const },
    ],
  };
  mkdirSync(cache, { recursive: true });
  const written = new Set<string>();
  let drawn = 0;
  for (const { page, path } of pagesWithOwnImage(site.pages, origin, base)) {
    const tree = card(page.kicker, page.title);
    const cached = join(cache, `${cacheKey(JSON.stringify(tree), regular, bold, renderers)}.png`);
    if (!existsSync(cached)) {
      const svg = await satori(tree, options);
      // satori has already turned the text into paths: resvg needs no fonts, and loading the
      // system's for every image was a third of the time.
      writeFileSync(cached, new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
      drawn++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const out = join(site.dir, path);
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(cached, out);
    site.files.add(path);
    written.add(path);
  }
  return { drawn, copied: written.size - drawn };
}
