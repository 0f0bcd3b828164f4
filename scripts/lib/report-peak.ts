/**
 * Loaded (`node --import`) into the `astro build` process that scripts/build.ts starts: as the
 * process exits, writes its peak memory in kilobytes to the file ISKP_PEAK_FILE names, for the
 * build's closing line.
 */
import { writeFileSync } from "node:fs";

const file = process.env["ISKP_PEAK_FILE"];
if (file) {
  process.on("exit", () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
