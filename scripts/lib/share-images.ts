/**
 * Share images: a 1200×630 PNG for every page that names its own as `og:image`, from words that
 * are on the page (its kicker, its h1 and the site's name), drawn with satori and resvg. Reading
 * the built pages means no page can be left without the image it promises.
 *
 * An image is kept in the cache under a digest of everything it is drawn from (the card, the
 * fonts, the renderers' versions, the PNG encoder), so an unchanged page's image is copied, not
 * drawn again. The images to draw are shared among a pool of worker threads, one per processor
 * (scripts/lib/share-image-worker.ts), each drawing one image at a time: a thousand images take
 * the time of a thousand divided by the processors, in the memory of one image per worker.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { ogImagePath } from "../../src/lib/og-path.ts";
import { withBase } from "../../src/lib/paths.ts";
import { cacheDir, cacheKey } from "./cache.ts";
import type { BuiltPage, BuiltSite } from "./dist.ts";

const require = createRequire(import.meta.url);
const fonts = join(dirname(require.resolve("@fontsource/source-serif-4/package.json")), "files");
const font = (weight: 400 | 700) => readFileSync(join(fonts, `source-serif-4-latin-${weight}-normal.woff`));
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

/** An element of the card, as satori takes it. */
export type Card = {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Card | string)[] | Card | string };
};
const h = (type: string, style: Record<string, unknown>, ...children: (Card | string)[]): Card => ({
  type,
  props: { style, children },
});

export const CARD_SIZE = { width: 1200, height: 630 };

/** The card's typeface, as satori takes fonts. */
export const cardFonts = () => [
  { name: "Source Serif", data: font(400), weight: 400 as const, style: "normal" as const },
  { name: "Source Serif", data: font(700), weight: 700 as const, style: "normal" as const },
];

/** The card, as satori's element tree. */
export function card(kicker: string, title: string): Card {
  return h(
    "div",
    {
      width: 1200,
      height: 630,
      display: "flex",
      flexDirection: "column",
      background: "#fbfaf7",
      color: "#1c1b19",
      fontFamily: "Source Serif",
    },
    // The band along the top is a box of its own, not a border: satori draws a border through
    // three clipping paths, which took resvg 1.5 ms of the 8 ms it spends drawing a card. The
    // pixels are the same.
    h("div", { width: 1200, height: 16, background: "#1d4e89" }),
    h(
      "div",
      {
        // Satori sizes boxes like content-box: padding is added to width and height.
        width: 1200 - 2 * 72,
        height: 630 - 16 - 2 * 64,
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
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

/** A card to draw, and the file its PNG goes to: a message to a worker. */
export interface Job {
  tree: Card;
  file: string;
}

/** A worker's answer: the file it wrote, or why it could not. */
export type Answer = { file: string } | { file: string; error: string };

/** Draws each job's card into its file, sharing the jobs among worker threads. */
async function draw(jobs: Job[]): Promise<void> {
  const size = Math.min(availableParallelism(), jobs.length);
  const queue = [...jobs];
  const failures: string[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./share-image-worker.ts", import.meta.url));
      const next = () => {
        const job = queue.shift();
        if (job) worker.postMessage(job);
        else
          void worker.terminate().then(() => {
            resolve();
          });
      };
      worker.on("message", (answer: Answer) => {
        if ("error" in answer) failures.push(`${answer.file}: ${answer.error}`);
        next();
      });
      worker.on("error", reject);
      next();
    });
  await Promise.all(Array.from({ length: size }, run));
  if (failures.length > 0) throw new Error(`Share images could not be drawn:\n${failures.join("\n")}`);
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
  const encoder = readFileSync(new URL("./png.ts", import.meta.url));
  mkdirSync(cache, { recursive: true });
  const images = pagesWithOwnImage(site.pages, origin, base).map(({ page, path }) => {
    const tree = card(page.kicker, page.title);
    return {
      path,
      tree,
      cached: join(cache, `${cacheKey(JSON.stringify(tree), regular, bold, renderers, encoder)}.png`),
    };
  });
  // Drawn under a temporary name and renamed when whole: a build stopped midway leaves no
  // half-written image under a name the next build would trust.
  const missing = new Map(images.filter((image) => !existsSync(image.cached)).map((image) => [image.cached, image]));
  await draw([...missing.values()].map(({ tree, cached }) => ({ tree, file: `${cached}.part` })));
  for (const cached of missing.keys()) renameSync(`${cached}.part`, cached);
  for (const { path, cached } of images) {
    const out = join(site.dir, path);
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(cached, out);
    site.files.add(path);
  }
  return { drawn: missing.size, copied: images.length - missing.size };
}
