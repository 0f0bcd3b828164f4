/**
 * `npm run bench [-- --runs N] [-- --sizes 7,1000]`: figures, not a test; nothing here fails on a
 * number. For the site with its 7 articles and with 1,000 (the real ones and copies of them, see
 * scripts/lib/synthetic.ts), built in temporary copies of the project, it prints:
 *   - the whole `npm run build` (every step and check), from cold: time, peak memory (of its
 *     largest process, and of all its processes together, sampled), ms per page;
 *   - the floor of this stack: a bare Astro build of the same MDX, with the article components
 *     reduced to their text and no integration or post-build step, timed in turn with the site
 *     (site, floor, site, floor, ...) so that other work on the machine weighs on both alike;
 *   - a second build after a one-word edit to one article, against the first: time and peak memory
 *     (its largest process), since what it reuses changes where its memory peaks (while bundling);
 *   - where the time of each goes: every step the build times (`astro build`, reading the built
 *     site while Pagefind indexes it, writing the search index, share images, the checks), and what
 *     is outside them (starting Node, loading the steps' modules, moving the site into place).
 * Then every page's first-visit weight (gzip) for the 7-article site.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { addArticleCopies, copyProject, linkPackages } from "./lib/project-copy.ts";
import { parseStepTimings, type StepTimings } from "./lib/step-timings.ts";
import { sampleTreeMemory } from "./lib/tree-memory.ts";

const root = process.cwd();
const node = process.execPath;
const { values: options } = parseArgs({
  options: { runs: { type: "string", default: "1" }, sizes: { type: "string", default: "7,1000" } },
});
const runs = Math.max(1, Number(options.runs));
const sizes = options.sizes.split(",").map(Number);
/** GNU time reports a command's peak memory (of its largest process); without it, none is shown. */
const TIME = ["/usr/bin/time", "/bin/time"].find((path) => existsSync(path));

interface Run {
  seconds: number;
  /** The largest single process's peak (GNU time). */
  peakMB: number | undefined;
  /** The peak of all the command's processes together, sampled every 250 ms (scripts/lib/tree-memory.ts). */
  allMB: number | undefined;
  /** The steps a build timed, from its output (none for the floor's `astro build`). */
  steps: StepTimings | undefined;
}

async function measure(dir: string, command: string[]): Promise<Run> {
  const args = TIME ? [TIME, "-f", "peak %M KB", ...command] : command;
  const started = performance.now();
  const child = spawn(args[0] ?? "", args.slice(1), { cwd: dir });
  const sampler = child.pid === undefined ? undefined : sampleTreeMemory(child.pid);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((done, fail) => child.on("error", fail).on("close", done));
  const allKB = sampler?.stop();
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`${command.join(" ")} failed in ${dir}:\n${stdout}${stderr}`);
  const peak = /peak (\d+) KB/.exec(stderr)?.[1];
  return {
    seconds,
    peakMB: peak === undefined ? undefined : Number(peak) / 1024,
    allMB: allKB === undefined ? undefined : allKB / 1024,
    steps: parseStepTimings(stdout),
  };
}

/** A build from nothing: no output, and none of the caches a previous build left. */
function cold(dir: string) {
  for (const cache of ["dist", "node_modules/.astro", "node_modules/.cache", "node_modules/.vite"]) {
    rmSync(join(dir, cache), { recursive: true, force: true });
  }
}

const pagesIn = (dir: string) =>
  readdirSync(join(dir, "dist"), { recursive: true }).filter((name) => String(name).endsWith(".html")).length;

/**
 * The floor: a project with nothing but the site's articles, rendered through trivial components
 * (each keeps its text, a question its question) by Astro's MDX integration with its defaults.
 */
function bareProject(site: string, size: number): string {
  const dir = mkdtempSync(join(tmpdir(), `iskp-floor-${size}-`));
  mkdirSync(join(dir, "src", "pages", "articles"), { recursive: true });
  mkdirSync(join(dir, "src", "components"), { recursive: true });
  mkdirSync(join(dir, "content"), { recursive: true });
  linkPackages(root, dir);
  cpSync(join(site, "content", "articles"), join(dir, "content", "articles"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "floor", private: true, type: "module" }));
  writeFileSync(
    join(dir, "astro.config.mjs"),
    'import mdx from "@astrojs/mdx";\nimport { defineConfig } from "astro/config";\n' +
      'export default defineConfig({ integrations: [mdx()], trailingSlash: "always", build: { format: "directory" } });\n',
  );
  writeFileSync(
    join(dir, "src", "content.config.ts"),
    'import { defineCollection } from "astro:content";\nimport { glob } from "astro/loaders";\n' +
      'export const collections = { articles: defineCollection({ loader: glob({ base: "./content/articles", pattern: "*.mdx" }) }) };\n',
  );
  // Every component the articles use, as written in them: a new component needs no change here.
  const used = new Set<string>();
  for (const name of readdirSync(join(dir, "content", "articles"))) {
    const mdx = readFileSync(join(dir, "content", "articles", name), "utf8");
    for (const match of mdx.matchAll(/<([A-Z][A-Za-z]*)\b/g)) if (match[1]) used.add(match[1]);
  }
  const components = [...used].filter((name) => name !== "Question").sort();
  for (const name of components) writeFileSync(join(dir, "src", "components", `${name}.astro`), "<slot />\n");
  writeFileSync(
    join(dir, "src", "components", "Question.astro"),
    "---\nconst { text } = Astro.props;\n---\n\n<p>{text}</p><slot />\n",
  );
  const all = [...components, "Question"];
  writeFileSync(
    join(dir, "src", "pages", "articles", "[slug].astro"),
    [
      "---",
      'import { getCollection, render } from "astro:content";',
      ...all.map((name) => `import ${name} from "../../components/${name}.astro";`),
      "export async function getStaticPaths() {",
      '  return (await getCollection("articles")).map((article) => ({ params: { slug: article.id }, props: { article } }));',
      "}",
      "const { article } = Astro.props;",
      "const { Content } = await render(article);",
      "const title = String(article.data.title);",
      "---",
      "",
      '<html lang="en"><head><meta charset="utf-8" /><title>{title}</title></head>',
      `<body><h1>{title}</h1><Content components={{ ${all.join(", ")} }} /></body></html>`,
      "",
    ].join("\n"),
  );
  return dir;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const seconds = (values: Run[]) => median(values.map((run) => run.seconds));
const peak = (values: Run[], of: "peakMB" | "allMB" = "peakMB") => {
  const known = values.flatMap((run) => (run[of] === undefined ? [] : [run[of]]));
  return known.length > 0 ? `${(Math.max(...known) / 1024).toFixed(2)} GB` : "n/a";
};

/** Each step's median time over the runs, and what the whole took beyond the steps. */
function stepRow(values: Run[]): Record<string, string> {
  if (values.some((run) => run.steps === undefined)) {
    throw new Error("bench: a build printed no step timings (see scripts/lib/step-timings.ts).");
  }
  const row: Record<string, string> = {};
  const names = [...new Set(values.flatMap((run) => (run.steps ?? []).map(([name]) => name)))];
  for (const name of names) {
    const times = values.map((run) => run.steps?.find(([step]) => step === name)?.[1] ?? 0);
    row[name] = median(times).toFixed(1);
  }
  const outside = values.map((run) => run.seconds - (run.steps ?? []).reduce((sum, [, time]) => sum + time, 0));
  row["outside the steps"] = median(outside).toFixed(1);
  return row;
}

const rows: Record<string, Record<string, string>> = {};
const stepRows: Record<string, Record<string, string>> = {};
const made: string[] = [];
let weightSite: string | undefined;
try {
  for (const size of sizes) {
    const site = copyProject(root, `bench-${size}`);
    made.push(site);
    const real = readdirSync(join(site, "content", "articles")).length;
    addArticleCopies(site, Math.max(0, size - real));
    // The copies' claims are new: record them as published, or the build refuses them (claim-record).
    await measure(site, [node, "scripts/record-claims.ts"]);
    const floor = bareProject(site, size);
    made.push(floor);
    const build = [node, "scripts/build.ts"];
    const astro = [node, join(root, "node_modules", "astro", "bin", "astro.mjs"), "build"];
    const siteRuns: Run[] = [];
    const floorRuns: Run[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`${size} articles, run ${run} of ${runs}: the site, then the floor…`);
      cold(site);
      siteRuns.push(await measure(site, build));
      cold(floor);
      floorRuns.push(await measure(floor, astro));
    }
    const pages = pagesIn(site);
    const floorPages = pagesIn(floor);

    // One word of one article's background paragraph changed (not a claim, whose wording other pages
    // show), then the site built again with the first build's caches.
    const article = join(site, "content", "articles", "what-is-iskp.mdx");
    const before = readFileSync(article, "utf8");
    const edited = before.replace("is a historical region", "is a historic region");
    if (edited === before) throw new Error(`bench: the one-word edit found nothing to change in ${article}.`);
    writeFileSync(article, edited);
    console.log(`${size} articles: a second build after a one-word edit…`);
    const second = await measure(site, build);

    const whole = seconds(siteRuns);
    const bare = seconds(floorRuns);
    rows[`${size} articles`] = {
      pages: String(pages),
      "build (s)": whole.toFixed(1),
      "ms per page": ((whole * 1000) / pages).toFixed(0),
      "peak memory": peak(siteRuns),
      "all processes": peak(siteRuns, "allMB"),
      "floor (s)": bare.toFixed(1),
      "floor ms per page": ((bare * 1000) / floorPages).toFixed(0),
      "floor peak memory": peak(floorRuns),
      "× floor": (whole / bare).toFixed(2),
      "after a one-word edit (s)": second.seconds.toFixed(1),
      "first ÷ second": (whole / second.seconds).toFixed(1),
      "peak after the edit": peak([second]),
    };
    stepRows[`${size} articles, from cold`] = stepRow(siteRuns);
    // The floor is an `astro build` and nothing else: beside the site's own `astro build` step.
    stepRows[`${size} articles, the floor`] = { "astro build": bare.toFixed(1) };
    stepRows[`${size} articles, after the edit`] = stepRow([second]);
    weightSite ??= site;
  }
} finally {
  console.log(
    `\nWhole \`npm run build\` from cold, and the floor (a bare Astro build of the same MDX); median of ${runs} run(s).`,
  );
  console.table(rows);
  console.log(
    `\nWhere the whole build's time goes, in seconds (steps as the build prints them; median of ${runs} run(s)).`,
  );
  console.table(stepRows);
  if (weightSite) {
    console.log("\nFirst-visit page weight (gzip)");
    spawnSync(node, [join(root, "scripts", "check-weight.ts"), "dist", "--table"], {
      cwd: weightSite,
      stdio: "inherit",
    });
  }
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
}
