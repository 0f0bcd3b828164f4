import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { provenance } from "~/integrations/provenance";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("npm run check:content", () => {
  test("fails on broken content, naming each file and line", () => {
    const run = spawnSync(process.execPath, ["scripts/check-content.ts", "tests/fixtures/content"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("tests/fixtures/content/articles/misquote.mdx:5:1");
    expect(run.stderr).toContain("14 content error(s)");
    expect(run.stderr).toContain("tests/fixtures/content/timeline.yaml:8:7");
  });

  test("passes on the site's own content", () => {
    const run = spawnSync(process.execPath, ["scripts/check-content.ts"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("the build", () => {
  test("stops on a misquotation before building anything", () => {
    const fixtureRoot = new URL("../fixtures/", import.meta.url);
    const setup = provenance().hooks["astro:config:setup"];
    const logger = { info: () => undefined, error: () => undefined };
    const run = () => setup?.({ command: "build", config: { root: fixtureRoot }, logger } as never);
    expect(run).toThrow(/misquote\.mdx:5:1 .*the quotation is not in "sample-2024"/);
  });
});
