// @ts-check
import eslint from "@eslint/js";
import astro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", ".dist-*/", ".astro/", "node_modules/", "screenshots/", "test-results/", "playwright-report/"] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".astro"],
      },
      globals: { process: "readonly", console: "readonly", URL: "readonly" },
    },
    rules: {
      // Numbers read naturally in messages ("3 errors"); objects and nullish values still may not.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Destructuring a property out to drop it ({ a: _a, ...rest }) is the clearest way to omit it.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // Astro files' frontmatter is type-checked by `astro check`; typed rules here would need the
    // Astro parser's program, which typescript-eslint cannot share, and report false positives.
    files: ["**/*.astro", "**/*.astro/*.ts"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // typescript-eslint cannot see the types of .astro modules, so a .ts file that re-exports
    // components reads them as unresolved; astro check type-checks these imports instead.
    files: ["src/components/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    // The import rule (CONTRIBUTING.md, "Imports"). Code that Node runs without Vite (the content
    // check, build scripts, integrations, astro.config.mjs) knows no `~/` alias and needs each
    // file's extension; a `~/` import there passes `tsc` and then fails at run time.
    files: ["src/lib/**", "src/schemas/**", "src/integrations/**", "scripts/**", "astro.config.mjs"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^~/", message: "This code runs under plain Node: import with a relative path ending in .ts." },
            {
              regex: "^\\.\\.?/.*(?<!\\.(ts|json|mjs))$",
              message: "This code runs under plain Node: write the file's extension (.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // Site code (pages, layouts, components, client scripts, the shared queries) reaches another
    // folder through `~/`, so a file can move without its imports being rewritten by hand.
    files: ["src/**/*.ts", "src/**/*.astro"],
    ignores: ["src/lib/**", "src/schemas/**", "src/integrations/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ regex: "^\\.\\./", message: "Import from another folder of src/ with ~/ (e.g. ~/lib/dates)." }],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
