import { placeOf, citedSentences } from "./shared.ts";
import { scalar } from "../data.ts";
import type { Rule } from "./rule.ts";
import { MONTHS } from "../../dates.ts";

/** `text` without the ways a document writes its own date ("London, 8 October 2024", "July 09, 2024"). */
function withoutOwnDate(text: string, day: string): string {
  const [year, month] = day.split("-").map(Number);
  const name = MONTHS[(month ?? 1) - 1] ?? "";
  const own = new RegExp(
    `(?:\\d{1,2}\\s+)?(?:${name}|${name.slice(0, 3)})\\.?\\s+(?:\\d{1,2},?\\s+)?${year ?? ""}`,
    "g",
  );
  return text.replace(own, "");
}

export const relativeDates: Rule = {
  name: "relative-dates",
  refuses:
    "a timeline date that the source does not give, for an event it only calls “recent”: date it as a bound, “before” the source's own date, not as an invented day or year",
  check(site, report) {
    const checked = new Set<string>();
    for (const use of site.citations) {
      const entry = use.entry;
      if (entry?.collection !== "timeline" || checked.has(entry.id) || !use.source) continue;
      const sentences = citedSentences(use);
      if (!/\brecent(?:ly)?\b/i.test(sentences)) continue;
      checked.add(entry.id);
      const date = scalar(entry.fields["date"]);
      const published = (use.source.frontmatter.yaml?.value as { published?: unknown } | undefined)?.published;
      const sourceDay = scalar(published).slice(0, 10);
      const bound = /^before (\d{4}-\d{2}-\d{2})$/.exec(date)?.[1];
      if (bound !== undefined ? bound <= sourceDay : date === sourceDay) continue;
      // The source gives the date itself ("in recent years, like the Kabul airport attack in August 2021").
      if (bound === undefined && withoutOwnDate(sentences, sourceDay).includes(date.slice(0, 4))) continue;
      report({
        ...placeOf(use),
        line: entry.line,
        column: entry.column,
        message: `timeline entry "${entry.id}": the source only calls it recent, but it is dated "${date}"`,
        fix: `write date: before ${sourceDay}: all "recent" tells a reader is that it came before the source`,
      });
    }
  },
};
