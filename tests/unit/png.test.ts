import { inflateSync } from "node:zlib";
import { expect, test } from "vitest";
import { encodePng } from "../../scripts/lib/png.ts";

/** The chunks of a PNG, in order, after its signature. */
function chunks(png: Buffer) {
  const found: { type: string; data: Buffer; crc: number }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    found.push({ type, data: png.subarray(at + 8, at + 8 + length), crc: png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

// Three pixels wide, two high: red, green, blue; then white, black, and half-transparent grey.
const pixels = Uint8Array.from([
  255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 128,
]);

test("writes a PNG that image readers recognise: the signature, then IHDR, IDAT and IEND", () => {
  const png = encodePng(pixels, 3, 2);
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const [header, ...rest] = chunks(png);
  expect(header?.type).toBe("IHDR");
  expect(rest.map((chunk) => chunk.type)).toEqual(["IDAT", "IEND"]);
  // The check value every PNG's empty IEND chunk carries.
  expect(rest[1]?.crc).toBe(0xae426082);
});

test("says the size and the format of the pixels: 8-bit RGBA, not interlaced", () => {
  const data = chunks(encodePng(pixels, 3, 2))[0]?.data;
  expect(data?.readUInt32BE(0)).toBe(3);
  expect(data?.readUInt32BE(4)).toBe(2);
  expect([...(data?.subarray(8) ?? [])]).toEqual([8, 6, 0, 0, 0]);
});

test("keeps every pixel as it was given, each row behind a byte that says it is unfiltered", () => {
  const idat = chunks(encodePng(pixels, 3, 2)).find((chunk) => chunk.type === "IDAT");
  expect([...inflateSync(idat?.data ?? Buffer.alloc(0))]).toEqual([0, ...pixels.slice(0, 12), 0, ...pixels.slice(12)]);
});

test("refuses pixels that do not fill the size it is given", () => {
  expect(() => encodePng(pixels, 3, 3)).toThrow(/24 bytes is not 3 × 3 RGBA pixels/);
});
