/**
 * A second `npm run build` copies the pages whose code and data are unchanged from Astro's cache
 * (experimental.incrementalBuild, with the keys of getCacheKey in src/content.ts) and renders the
 * rest; it compiles only the .mdx files that changed (src/integrations/mdx-compile-cache.ts). A page
 * or an article taken from a cache when it should have been made again would ship stale words
 * without an error, so these tests edit the content and the code in ways that reach other pages,
 * and check the second build against a build from nothing of the same files. Built in a copy of
 * the project.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyProject } from "../../scripts/lib/project-copy.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const project = copyProject(root, "incremental-build");
// Vitest's own variables (NODE_ENV=test, Vite's import.meta.env values) would not make a production build.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/.test(name)),
);

function build(...args: string[]): string {
  const result = spawnSync(process.execPath, ["scripts/build.ts", ...args], { cwd: project, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Every file of a built site with its text, by path. */
const snapshot = (dir: string) =>
  new Map(
    readdirSync(join(project, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [relative(join(project, dir), file).split(sep).join("/"), readFileSync(file).toString("base64")];
      }),
  );

/**
 * The pages Astro copied from its cache rather than rendered, as its log names them. The log is
 * coloured when FORCE_COLOR is set (as in CI), which puts escape codes around "(cached)".
 */
const copied = (log: string) =>
  [...stripVTControlCharacters(log).matchAll(/(\/\S+\.html) \((?:restored|cached)\)/g)].map((match) => match[1]);

function edit(file: string, from: string | RegExp, to: string) {
  const path = join(project, file);
  const before = readFileSync(path, "utf8");
  const after = before.replace(from, to);
  expect(after, `the edit to ${file} changes it`).not.toBe(before);
  writeFileSync(path, after);
}

/** Each build takes up to a minute on a busy two-core machine. */
const BUILDS = { timeout: 300_000 };

let first: Map<string, string>;

beforeAll(() => {
  build();
  first = snapshot("dist");
}, BUILDS.timeout);

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe("a second build", () => {
  test(
    "after an edit to one article's prose, copies what did not change and matches a build from nothing",
    BUILDS,
    () => {
      // A framing sentence that marks a glossary term another article uses: it moves this article
      // in the other's "Related articles", and changes no claim.
      edit(
        "content/articles/attacks-and-warnings.mdx",
        /\n## /,
        '\n<Framing>Compare how other articles describe the <Term id="afghan-taliban">Afghan Taliban</Term>.</Framing>\n\n## ',
      );
      const log = build();
      const second = snapshot("dist");
      build("rebuilt", "--force");
      const fresh = snapshot("rebuilt");

      expect(copied(log).length, "some pages are copied from the cache").toBeGreaterThan(0);
      expect(stripVTControlCharacters(log), "only the edited article's MDX is compiled again").toMatch(
        /\b\d+ MDX files: \d+ compiled in an earlier build, 1 now\b/,
      );
      const other = "articles/what-is-iskp/index.html";
      expect(second.get(other), "the edit reaches another article's page").not.toBe(first.get(other));
      expect([...second.keys()].sort()).toEqual([...fresh.keys()].sort());
      const stale = [...fresh.keys()].filter((file) => second.get(file) !== fresh.get(file));
      expect(stale, "files that differ from a build from nothing").toEqual([]);
    },
  );

  test("after an edit to a component and to a glossary definition, shows both on every page", BUILDS, () => {
    edit("src/components/Footer.astro", "What this site is based on", "What this site rests on");
    edit("content/glossary.yaml", "Information, often one-sided or misleading,", "Information, often one-sided,");

    build();

    const articles = readdirSync(join(project, "dist", "articles"), { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    expect(articles.length).toBeGreaterThan(5);
    for (const entry of articles) {
      const html = readFileSync(join(project, "dist", "articles", entry.name, "index.html"), "utf8");
      expect(html, entry.name).toContain("What this site rests on");
      expect(html, entry.name).not.toContain("What this site is based on");
    }
    const propaganda = readFileSync(join(project, "dist", "articles", "propaganda-online", "index.html"), "utf8");
    expect(propaganda).toContain("Information, often one-sided, that is spread");
  });
});
