import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/find-browser.ts";

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env["E2E_PORT"] ?? 4321);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "off",
    launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // Tests run against the production build, as readers will get it.
  webServer: {
    command: `npm run build && npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
