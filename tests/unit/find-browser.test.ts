import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { findChromium } from "../../scripts/find-browser.ts";

const folder = mkdtempSync(join(tmpdir(), "iskp-browsers-"));
const installed = join(folder, "chromium");
writeFileSync(installed, "");
const missing = join(folder, "no-chromium");

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

test("takes CHROMIUM_PATH, else the first Chromium that is installed", () => {
  expect(findChromium({ CHROMIUM_PATH: installed }, [])).toBe(installed);
  expect(findChromium({}, [undefined, missing, installed])).toBe(installed);
  expect(findChromium({ CHROMIUM_PATH: missing }, [installed])).toBe(installed);
});

test("installs nothing when there is none: it stops and says what to run", () => {
  // Were it to run apt-get, the unit tier would refuse the child process and this would fail.
  expect(() => findChromium({}, [missing])).toThrow(/apt-get install -y chromium\n.*npx playwright install chromium/);
  expect(() => findChromium({ CHROMIUM_PATH: missing }, [])).toThrow(`CHROMIUM_PATH is set to ${missing}`);
});
