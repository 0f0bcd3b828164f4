/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    projects: [
      // Pure functions: no Java, no browser, no child process (tests/unit/no-child-process.ts refuses them).
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], setupFiles: ["tests/unit/no-child-process.ts"] },
      },
      // Builds the whole site into a temporary folder and opens it in a browser: minutes, not seconds.
      {
        extends: true,
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          hookTimeout: 300_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
