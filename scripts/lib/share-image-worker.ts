/**
 * Draws share images for scripts/lib/share-images.ts, in a worker thread of its pool: each message
 * is a card (satori's element tree) and the file to write its PNG to; the answer is that file, or
 * the error. One image at a time, so a worker holds one image's pixels at most.
 */
import { writeFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { encodePng } from "./png.ts";
import { CARD_SIZE, cardFonts, type Answer, type Job } from "./share-images.ts";

const options = { ...CARD_SIZE, fonts: cardFonts() };

async function drawOne({ tree, file }: Job) {
  try {
    const svg = await satori(tree, options);
    // satori has already turned the text into paths: resvg needs no fonts, and loading the
    // system's for every image was a third of the time.
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    writeFileSync(file, encodePng(image.pixels, image.width, image.height));
    parentPort?.postMessage({ file } satisfies Answer);
  } catch (error) {
    parentPort?.postMessage({ file, error: (error as Error).stack ?? String(error) } satisfies Answer);
  }
}

parentPort?.on("message", (job: Job) => {
  void drawOne(job);
});
