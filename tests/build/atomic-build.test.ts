/**
 * `npm run build` replaces the site only when every step and check has passed. Built in a copy of
 * the project, whose content these tests break on purpose.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyProject } from "../../scripts/lib/project-copy.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const project = copyProject(root, "atomic-build");
const dist = join(project, "dist");
const article = join(project, "content", "articles", "what-is-iskp.mdx");
const original = readFileSync(article, "utf8");
// Vitest's own variables (NODE_ENV=test, Vite's import.meta.env values) would not make a production build.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/.test(name)),
);

const build = (...args: string[]) =>
  spawnSync(process.execPath, ["scripts/build.ts", ...args], { cwd: project, env, encoding: "utf8" });

/** Every file of a built site with its bytes, by path. */
const snapshot = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [relative(dir, file).split(sep).join("/"), readFileSync(file).toString("base64")];
      }),
  );

/** What a build left beside dist/ besides dist/ itself. */
const leftovers = () => readdirSync(project).filter((name) => name.startsWith(".dist-"));

/** Each test runs one or two whole builds: a minute each on a busy two-core machine. */
const BUILDS = { timeout: 300_000 };

let first: Map<string, string>;

beforeAll(() => {
  const result = build();
  if (result.status !== 0) throw new Error(`The first build failed:\n${result.stdout}${result.stderr}`);
  first = snapshot(dist);
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe("a build that does not pass", () => {
  test("a failing check leaves the previous site whole, with none of the rejected pages", BUILDS, () => {
    const broken = original.replace(
      /^## /m,
      "<Framing>See [a page that does not exist](/no-such-page/).</Framing>\n\n## ",
    );
    expect(broken, "the article has a second-level heading to break the link before").not.toBe(original);
    writeFileSync(article, broken);
    const result = build();
    writeFileSync(article, original);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("/articles/what-is-iskp/: /no-such-page/  (no page at /no-such-page/)");
    expect(result.stderr).toContain("dist/ is the previous build, unchanged");
    expect(snapshot(dist)).toEqual(first);
    expect(leftovers()).toEqual([]);
  });

  test(
    "a misquoted claim stops the build, naming the file, line and fix, and leaves the previous site whole",
    BUILDS,
    () => {
      const misquoted = original.replace('a regional chapter of the IS" }', 'a regional branch of the IS" }');
      expect(misquoted, "the article quotes Bacha's words to break").not.toBe(original);
      writeFileSync(article, misquoted);
      const result = build();
      writeFileSync(article, original);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        'content/articles/what-is-iskp.mdx:16:1  <Claim id="iskp-regional-chapter">: the quotation is not in "bacha-2024"  [quote-found]',
      );
      expect(result.stderr).toContain("fix: copy the words exactly from content/sources/bacha-2024.md");
      expect(result.stderr).toContain("dist/ is the previous build, unchanged");
      expect(snapshot(dist)).toEqual(first);
      expect(leftovers()).toEqual([]);
    },
  );

  test(
    "a build stopped midway leaves the previous site whole, and the next build clears what it left",
    BUILDS,
    async () => {
      const child = spawn(process.execPath, ["scripts/build.ts"], { cwd: project, env, stdio: "ignore" });
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      // Stop it once Astro has started writing pages into the new site (or see it end too soon).
      const poll = setInterval(() => {
        if (existsSync(join(project, ".dist-next", "index.html"))) child.kill("SIGKILL");
      }, 50);
      const status = await exited;
      clearInterval(poll);
      expect(status, "the build ended before it was stopped").toBeNull();
      expect(snapshot(dist)).toEqual(first);
      expect(leftovers()).toContain(".dist-next");

      expect(build().status).toBe(0);
      expect(leftovers()).toEqual([]);
    },
  );
});
