/**
 * `npm run record:claims [content-dir] [-- --date YYYY-MM-DD]`: brings the record of published
 * claims (content/claims-record.json) up to date, as a lockfile is. A new claim is recorded as
 * published on `--date` (today by default); a claim whose meaning changed gets the change logged
 * for it in content/claim-changes.yaml, with its earlier wording; a claim that went gets its entry
 * from content/moved-claims.yaml. It refuses, naming the claim, when a change is not logged, and
 * when the content has any other error.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { checkContent, formatError } from "../src/lib/provenance/check.ts";
import { loadContent } from "../src/lib/provenance/load.ts";
import {
  meaningOf,
  RECORD_ABOUT,
  records,
  stateOf,
  type ClaimRecord,
  type LoggedChange,
  type RecordedClaim,
} from "../src/lib/provenance/record.ts";
import type { MovedClaim } from "../src/schemas/data.ts";

const args = process.argv.slice(2);
const contentDir = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--date") ?? "content";
const date = args[args.indexOf("--date") + 1] ?? new Date().toISOString().slice(0, 10);
if (args.includes("--date") && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`--date must be a day written YYYY-MM-DD, not "${date}".`);
  process.exit(2);
}

const root = process.cwd();
const files = loadContent(root, contentDir);
const result = checkContent(files);
const blocking = result.errors.filter((error) => error.rule !== "claim-record");
if (blocking.length > 0) {
  console.error(`Fix the content first: ${String(blocking.length)} error(s).\n`);
  for (const error of blocking) console.error(`${formatError(error)}\n`);
  process.exit(1);
}

const recordFile = join(root, contentDir, "claims-record.json");
const record: ClaimRecord = existsSync(recordFile)
  ? (JSON.parse(readFileSync(recordFile, "utf8")) as ClaimRecord)
  : { about: RECORD_ABOUT, claims: {} };
const readYaml = <T>(name: string): T[] => {
  const file = join(root, contentDir, name);
  return existsSync(file) ? ((parse(readFileSync(file, "utf8")) as T[] | null) ?? []) : [];
};
const changes = readYaml<LoggedChange>("claim-changes.yaml");
const moved = readYaml<MovedClaim & { date: string }>("moved-claims.yaml");

const problems: string[] = [];
const tally = { added: 0, changed: 0, removed: 0 };
const current = new Set<string>();
for (const claim of result.claims) {
  current.add(claim.id);
  const now = stateOf({ page: claim.slug, kind: claim.kind, text: claim.text, citations: claim.citations });
  const before = record.claims[claim.id];
  if (!before) {
    record.claims[claim.id] = { ...now, published: date, history: [] };
    tally.added++;
    continue;
  }
  if (meaningOf(before) !== meaningOf(now)) {
    const logged = changes
      .filter((change) => change.claims.includes(claim.id) && !before.history.some((rev) => records(rev, change)))
      .sort((a, b) => a.date.localeCompare(b.date));
    if (logged.length === 0) {
      problems.push(
        `${claim.file}:${String(claim.line)}  <Claim id="${claim.id}"> changed, and no change is logged in content/claim-changes.yaml`,
      );
      continue;
    }
    for (const change of logged) {
      before.history.push({ date: change.date, type: change.type, reason: change.reason, was: stateOf(before) });
    }
    tally.changed++;
  }
  // Formatting and the page it is on follow the content without a revision of their own.
  Object.assign(before, now);
}
for (const [id, before] of Object.entries(record.claims)) {
  if (current.has(id) || before.removed) continue;
  const entry = moved.find((candidate) => candidate.id === id);
  if (!entry) {
    problems.push(
      `"${id}" has gone from /articles/${before.page}/, and content/moved-claims.yaml does not say where or why`,
    );
    continue;
  }
  before.removed = {
    date: String(entry.date),
    type: entry.type,
    reason: entry.reason,
    ...(entry.to === undefined ? {} : { to: entry.to }),
  };
  tally.removed++;
}
if (problems.length > 0) {
  console.error(`Nothing was recorded: ${String(problems.length)} change(s) are not logged.\n`);
  for (const problem of problems) console.error(`  ${problem}`);
  console.error(
    "\nLog each in content/claim-changes.yaml ({ date, type, reason, claims }) or content/moved-claims.yaml.",
  );
  process.exit(1);
}

const sorted: Record<string, RecordedClaim> = {};
for (const id of Object.keys(record.claims).sort()) sorted[id] = record.claims[id] as RecordedClaim;
writeFileSync(recordFile, `${JSON.stringify({ about: RECORD_ABOUT, claims: sorted }, null, 2)}\n`);
console.log(
  `Recorded ${Object.keys(sorted).length} claims in ${contentDir}/claims-record.json: ${String(tally.added)} new, ${String(tally.changed)} changed, ${String(tally.removed)} gone.`,
);
