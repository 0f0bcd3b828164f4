/**
 * Validates every .html page of the built site with the Nu HTML Checker (the W3C's validator,
 * `vnu.jar` from the vnu-jar package) and fails on any error, printing each as
 * `dist/<page>.html:line:col: message` with the source around it. Warnings are advice and are not
 * printed. Argument: the folder to check (default `dist`). Needs Java 11 or newer.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatMessage, isFailure, parseNuReport } from "./lib/nu-report.ts";

const dist = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "dist";
function fail(lines: string[]): never {
  console.error(lines.join("\n"));
  process.exit(1);
}

if (!existsSync(dist)) fail([`No ${dist}/ folder to check: run \`npm run build\` first.`]);
const pages = readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
  (entry) => entry.isFile() && entry.name.endsWith(".html"),
).length;
if (pages === 0) fail([`No .html page in ${dist}/: run \`npm run build\` first.`]);

const javaHome = process.env["JAVA_HOME"];
const java = javaHome && existsSync(join(javaHome, "bin", "java")) ? join(javaHome, "bin", "java") : "java";
if (spawnSync(java, ["-version"], { stdio: "ignore" }).error) {
  fail([
    "The HTML check needs Java 11 or newer, and no `java` command was found. Install one:",
    "  Debian/Ubuntu:  apt-get install -y default-jre-headless   (with sudo unless you are root)",
    "  macOS:          brew install openjdk",
    "or set JAVA_HOME to a Java runtime.",
  ]);
}

const started = performance.now();
const jar = fileURLToPath(import.meta.resolve("vnu-jar/build/dist/vnu.jar"));
// The checker prints its report on stderr and exits 1 when it found errors; the exit code alone
// is not trusted, the report is read either way.
// The checker's CSS validator predates CSS that browsers support and Tailwind writes (`@property`,
// `paint-order`, `margin-trim`), and would fail every page on the stylesheet inlined in it; this is
// a check of the HTML, as it was when the stylesheet was a separate file it never read.
const css = "CSS: .*";
// Article tables become one card per row on phones, and browsers drop a table's semantics when its
// parts are displayed as blocks, so src/lib/markdown/stacked-tables.ts restates the roles (table,
// row, columnheader, rowheader, cell) on purpose. ARIA in HTML calls that redundant and the checker
// refuses it; this lets those roles through, and nothing else about tables.
const tableRoles = "The “role” attribute must not be used on a “t[dhr]” element which has a “table” ancestor .*";
const ignore = ["--filterpattern", `(${css})|(${tableRoles})`];
const run = spawnSync(java, ["-jar", jar, "--errors-only", ...ignore, "--format", "json", "--skip-non-html", dist], {
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error) fail([`Could not run the Nu HTML Checker: ${run.error.message}`]);
const failures = readReport(run.stderr).filter(isFailure);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (failures.length === 0 && run.status !== 0) {
  fail([`The Nu HTML Checker stopped with exit code ${run.status ?? run.signal}:`, run.stderr]);
}
if (failures.length > 0) {
  const files = new Set(failures.map((message) => message.url)).size;
  fail([
    ...failures.map((message) => formatMessage(message, process.cwd())),
    "",
    `HTML: ${failures.length} error(s) in ${files} of ${pages} page(s), by the Nu HTML Checker (${seconds} s).`,
  ]);
}
console.log(`HTML: ${pages} pages valid by the Nu HTML Checker (${seconds} s).`);

function readReport(output: string) {
  try {
    return parseNuReport(output);
  } catch (error) {
    return fail([(error as Error).message]);
  }
}
