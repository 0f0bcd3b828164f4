import { scalar } from "../data.ts";
import { meaningOf, records, whatChanged, type LoggedChange } from "../record.ts";
import type { Rule } from "./rule.ts";

const RECORD = "run npm run record:claims, which writes content/claims-record.json";

export const claimRecord: Rule = {
  name: "claim-record",
  refuses:
    "a published claim whose meaning (sentence, kind, quotation, source) changed, or that disappeared, without a logged change; a new claim not yet in the record; a reused id",
  check(site, report) {
    const record = site.record;
    if (!record) return;
    if (!record.value) {
      report({
        file: record.file,
        line: 1,
        column: 1,
        message: `the record of published claims cannot be read: ${record.error ?? ""}`,
        fix: `restore it from version control, then ${RECORD}`,
      });
      return;
    }
    const recorded = record.value.claims;
    const changesDoc = site.data.find((doc) => doc.collection === "claim-changes");
    const changes = (changesDoc?.entries ?? []).map((entry) => ({
      entry,
      change: {
        date: scalar(entry.fields["date"]),
        type: scalar(entry.fields["type"]),
        reason: scalar(entry.fields["reason"]),
        claims: Array.isArray(entry.fields["claims"]) ? entry.fields["claims"].map(scalar) : [],
      } as LoggedChange,
    }));
    const movedDoc = site.data.find((doc) => doc.collection === "moved-claims");
    const current = new Map<string, { file: string; line: number; column: number }>();

    for (const article of site.articles) {
      for (const claim of article.claims) {
        if (!claim.parsed || current.has(claim.parsed.id)) continue;
        const { id, kind } = claim.parsed;
        current.set(id, { file: article.file, line: claim.line, column: claim.column });
        const at = { file: article.file, line: claim.line, column: claim.column, claim: id };
        const label = `<Claim id="${id}">`;
        const before = recorded[id];
        if (!before) {
          report({ ...at, message: `${label}: a new claim, not yet in the record of published claims`, fix: RECORD });
          continue;
        }
        if (before.removed) {
          report({
            ...at,
            message: `${label}: this id belonged to a claim removed on ${before.removed.date}`,
            fix: "give the claim an id of its own: a published id is never reused for another claim",
          });
          continue;
        }
        const now = { page: article.slug, kind, text: claim.text, citations: claim.citations };
        const logged = changes.filter(
          ({ change }) => change.claims.includes(id) && !before.history.some((revision) => records(revision, change)),
        );
        if (meaningOf(before) === meaningOf(now)) continue;
        if (logged.length > 0) {
          report({
            ...at,
            message: `${label}: its change of ${logged[0]?.change.date ?? ""} is logged but not yet recorded`,
            fix: RECORD,
          });
          continue;
        }
        report({
          ...at,
          message: `${label}: ${whatChanged(before, now).join(" and ")} changed since it was published, and no change is logged`,
          fix: `log the change in content/claim-changes.yaml ({ date, type: correction | clarification | update | merge, reason, claims: [${id}] }), then ${RECORD}`,
        });
      }
    }

    for (const [id, before] of Object.entries(recorded)) {
      if (before.removed || current.has(id)) continue;
      const moved = movedDoc?.entries.find((entry) => entry.id === id);
      if (moved) {
        report({
          file: movedDoc?.file ?? "",
          line: moved.line,
          column: moved.column,
          message: `moved claim "${id}": logged but not yet recorded as gone`,
          fix: RECORD,
        });
        continue;
      }
      const page = site.articles.find((article) => article.slug === before.page);
      report({
        file: page?.file ?? record.file,
        line: 1,
        column: 1,
        claim: id,
        message: `the published claim "${id}" has gone from /articles/${before.page}/, and no change is logged`,
        fix: `say where its content is now (or what it said and why it went) in content/moved-claims.yaml, then ${RECORD}`,
      });
    }

    for (const { entry, change } of changes) {
      for (const id of change.claims.filter((claim) => !current.has(claim) && !recorded[claim])) {
        report({
          file: changesDoc?.file ?? "",
          line: entry.line,
          column: entry.column,
          message: `a change is logged for "${id}", which is not a claim`,
          fix: "give the ids of published claims",
        });
      }
    }
  },
};
