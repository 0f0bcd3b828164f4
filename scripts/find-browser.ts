/**
 * Finds a Chromium for the end-to-end tests and screenshots: Playwright's own build if it is
 * installed, else a system Chromium, else (as root, with apt-get) installs Debian's `chromium`.
 * Otherwise it stops and says exactly what to install.
 */
import { execFileSync } from "node:child_process";
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

function onPath(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The path of a Chromium to launch. Throws with the install command when there is none. */
export function findChromium(): string {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = playwrightChromium() ?? SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (found) return found;
  if (isRoot() && onPath("apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get…");
    execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], {
      stdio: "inherit",
    });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    [
      "No Chromium found for the browser tests. Install one of:",
      "  Debian/Ubuntu:  sudo apt-get install -y chromium",
      "  any machine with internet access:  npx playwright install chromium",
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
