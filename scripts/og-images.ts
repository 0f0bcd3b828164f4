/**
 * Runs after `astro build`: renders a 1200×630 PNG share image for every HTML page in dist/, from
 * words that are on the page (its kicker, its h1 and the site's name), with satori and resvg.
 * Reading the built pages means no page can be left without an image.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { ogImagePath } from "../src/lib/og-path.ts";

const dist = process.argv[2] ?? "dist";
const fonts = join(dirname(createRequire(import.meta.url).resolve("@fontsource/source-serif-4/package.json")), "files");
const font = (weight: 400 | 700) => readFileSync(join(fonts, `source-serif-4-latin-${weight}-normal.woff`));

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, "")
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replace(/\s+/g, " ")
    .trim();

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type,
  props: { style, children },
});

function card(kicker: string, title: string): Node {
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

const options = {
  width: 1200,
  height: 630,
  fonts: [
    { name: "Source Serif", data: font(400), weight: 400 as const, style: "normal" as const },
    { name: "Source Serif", data: font(700), weight: 700 as const, style: "normal" as const },
  ],
};

let count = 0;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
  const file = join(entry.parentPath, entry.name);
  const html = readFileSync(file, "utf8");
  const title = decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "");
  if (!title) continue;
  const kicker = decode(/<p class="label"[^>]*>([\s\S]*?)<\/p>\s*<h1/.exec(html)?.[1] ?? "");
  const path = `/${relative(dist, file).split(sep).join("/")}`.replace(/index\.html$/, "");
  const svg = await satori(card(kicker, title), options);
  const png = new Resvg(svg).render().asPng();
  const out = join(dist, ogImagePath(path));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, png);
  count++;
}
console.log(`Share images: ${count} written to ${dist}/og/ (1200×630).`);
