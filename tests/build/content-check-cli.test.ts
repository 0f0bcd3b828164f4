/**
 * The content check as authors meet it: `npm run check:content` on the command line, and the
 * build, which runs it first. Both get the same errors, with the file, line, rule and fix.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { provenance } from "~/integrations/provenance";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
/** A project with the fixtures' base content and one misquoted article, as an author might leave it. */
const broken = mkdtempSync(join(tmpdir(), "iskp-content-"));

beforeAll(() => {
  cpSync(join(fixtures, "content"), join(broken, "content"), { recursive: true });
  cpSync(join(fixtures, "rules/quote-found/bad/articles"), join(broken, "content/articles"), { recursive: true });
});

describe("npm run check:content", () => {
  test("fails on broken content, naming each file, line, rule and fix", () => {
    const run = spawnSync(process.execPath, [join(root, "scripts/check-content.ts")], {
      cwd: broken,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("3 content error(s)");
    expect(run.stderr).toContain(
      'content/articles/misquote.mdx:9:1  <Claim id="froze">: the quotation is not in "sample-2024"  [quote-found]',
    );
    expect(run.stderr).toContain(
      'closest passage: "The harbour froze in January, for the first time in a generation."',
    );
    expect(run.stderr).toContain("fix: copy the words exactly from content/sources/sample-2024.md");
  });

  test("passes on the site's own content", () => {
    const run = spawnSync(process.execPath, ["scripts/check-content.ts"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("the build", () => {
  test("stops on a misquotation before building anything, with the same error", () => {
    const setup = provenance().hooks["astro:config:setup"];
    const logger = { info: () => undefined, error: () => undefined };
    const config = { root: pathToFileURL(`${broken}/`) };
    const run = () => setup?.({ command: "build", config, logger, updateConfig: () => undefined } as never);
    expect(run).toThrow(
      /misquote\.mdx:9:1 {2}<Claim id="froze">: the quotation is not in "sample-2024" {2}\[quote-found\]/,
    );
  });
});
