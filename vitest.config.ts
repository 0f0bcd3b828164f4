/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
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
