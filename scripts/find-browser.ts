/**
 * Finds a Chromium for the end-to-end tests, the audit and screenshots: `CHROMIUM_PATH`,
 * Playwright's own build if it is installed, else a system Chromium. It installs nothing (loading
 * playwright.config.ts must not change the machine): when there is no Chromium it stops and says
 * exactly what to run. `.ci/run` installs Debian's `chromium` on a fresh CI machine.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUMS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The path of a Chromium to launch: `env.CHROMIUM_PATH` if it exists, else the first of
 * `candidates` that exists. Throws with the command that installs one when there is none.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: (string | undefined)[] = [playwrightChromium(), ...SYSTEM_CHROMIUMS],
): string {
  const fromEnv = env["CHROMIUM_PATH"];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = candidates.find((path) => path !== undefined && existsSync(path));
  if (found) return found;
  throw new Error(
    [
      "No Chromium found for the browser tests. Install one, then run the command again:",
      `  Debian/Ubuntu:  ${isRoot() ? "" : "sudo "}apt-get install -y chromium`,
      "  any machine with internet access:  npx playwright install chromium",
      ...(fromEnv ? [`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`] : []),
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
    ].join("\n"),
  );
}

/**
 * Launch flags: no sandbox as root (Chromium refuses to start otherwise), and no background
 * networking, so the browser itself sends nothing off the machine during tests.
 */
export function chromiumArgs(): string[] {
  return [
    ...(isRoot() ? ["--no-sandbox"] : []),
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ];
}
