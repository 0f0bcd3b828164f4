/**
 * The content check as authors meet it: `npm run check:content` on the command line, and the
 * build, which runs it first. Both get the same errors, with the file, line, rule and fix.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { provenance } from "~/integrations/provenance";
import type { ClaimRecord } from "~/lib/provenance/record";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
/** A project with the fixtures' base content and one misquoted article, as an author might leave it. */
const broken = mkdtempSync(join(tmpdir(), "iskp-content-"));

beforeAll(() => {
  cpSync(join(fixtures, "content"), join(broken, "content"), { recursive: true });
  cpSync(join(fixtures, "rules/quote-found/bad/articles"), join(broken, "content/articles"), { recursive: true });
});

afterAll(() => {
  rmSync(broken, { recursive: true, force: true });
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
  test("stops on a misquotation when the pages ask for the claims, and when they are written, with the same error", async () => {
    const hooks = provenance().hooks;
    const logger = { info: () => undefined, error: () => undefined };
    const config = { root: pathToFileURL(`${broken}/`) };
    let plugin: { load: (id: string) => Promise<unknown> } | undefined;
    const updateConfig = (update: { vite: { plugins: (typeof plugin)[] } }) => {
      plugin = update.vite.plugins[0];
    };
    await hooks["astro:config:setup"]?.({ command: "build", config, logger, updateConfig } as never);
    const error = /misquote\.mdx:9:1 {2}<Claim id="froze">: the quotation is not in "sample-2024" {2}\[quote-found\]/;
    const watcher = { addWatchFile: () => undefined };
    await expect(plugin?.load.call(watcher, "\0virtual:provenance")).rejects.toThrow(error);
    await expect(plugin?.load.call(watcher, "\0virtual:provenance")).rejects.toThrow(
      "3 content error(s); nothing was built.",
    );
    await expect(hooks["astro:build:done"]?.({} as never)).rejects.toThrow(error);
  });
});

describe("npm run record:claims", () => {
  const project = mkdtempSync(join(tmpdir(), "iskp-record-"));
  const content = join(project, "content");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, "scripts/record-claims.ts"), ...args], { cwd: project, encoding: "utf8" });

  beforeAll(() => {
    // A site whose claim "froze" was reworded, whose claim "gone" went, and which has a new claim.
    cpSync(join(fixtures, "content"), content, { recursive: true });
    cpSync(join(fixtures, "rules/claim-record/bad"), content, { recursive: true });
  });

  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
  });

  test("refuses a changed claim with no logged change, naming it, and records nothing", () => {
    const before = readFileSync(join(content, "claims-record.json"), "utf8");
    const result = run("--date", "2026-12-01");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/articles/changes.mdx:9  <Claim id="froze"> changed');
    expect(result.stderr).toContain("content/claim-changes.yaml");
    expect(readFileSync(join(content, "claims-record.json"), "utf8")).toBe(before);
  });

  test("once the change is logged, records it with the earlier wording, and the check passes", () => {
    cpSync(join(fixtures, "rules/claim-record/good/claim-changes.yaml"), join(content, "claim-changes.yaml"));
    writeFileSync(
      join(content, "moved-claims.yaml"),
      "- id: gone\n  from: changes\n  date: 2026-12-01\n  type: update\n  reason: The site no longer says this.\n  was: The council promised help.\n",
    );
    const result = run("--date", "2026-12-01");
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("1 new, 1 changed, 1 gone");
    const record = JSON.parse(readFileSync(join(content, "claims-record.json"), "utf8")) as ClaimRecord;
    expect(record.claims["froze"]?.history).toEqual([
      {
        date: "2026-12-01",
        type: "correction",
        reason: "The source says only January.",
        was: {
          page: "changes",
          kind: "fact",
          text: "The harbour froze in January.",
          citations: [{ source: "sample-2024", quote: "The harbour froze in January" }],
        },
      },
    ]);
    expect(record.claims["new-claim"]?.published).toBe("2026-12-01");
    expect(record.claims["gone"]?.removed).toMatchObject({
      date: "2026-12-01",
      reason: "The site no longer says this.",
    });
    const check = spawnSync(process.execPath, [join(root, "scripts/check-content.ts")], {
      cwd: project,
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
  });
});
