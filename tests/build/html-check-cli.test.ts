import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const checkHtml = (folder: string, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, ["scripts/check-html.ts", folder], { cwd: root, encoding: "utf8", env });

describe("npm run test:html", () => {
  // One run of the checker (Java starts in a second or two) over a valid page, an invalid one and
  // a file that is not HTML.
  test("fails on an invalid page, naming its file and line, and passes the valid one", () => {
    const run = checkHtml("tests/fixtures/html");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("tests/fixtures/html/broken/index.html:9:7: An “img” element must have an “alt”");
    expect(run.stderr).toContain('<img src="/chart.png" />');
    expect(run.stderr).toContain("1 error(s) in 1 of 2 page(s)");
    expect(run.stderr).not.toContain("tests/fixtures/html/index.html");
    expect(run.stderr).not.toContain("data.json");
  }, 60_000);

  test("asks for a build when there is nothing to check", () => {
    const run = checkHtml("tests/fixtures/no-such-dist");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No tests/fixtures/no-such-dist/ folder to check: run `npm run build` first.");
  });

  test("says what to install when there is no Java", () => {
    const run = checkHtml("tests/fixtures/html", { PATH: "/nonexistent" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("apt-get install -y default-jre-headless");
  });
});
