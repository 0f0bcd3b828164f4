/**
 * Every rule of the content check against its fixture: tests/fixtures/rules/<rule>/bad/ must fail
 * with the errors written below (file, line, what), each with a fix; good/ must pass every rule.
 * Each fixture is laid over the shared base in tests/fixtures/content/ (a sample source, glossary,
 * actors, places and external sites), which passes on its own.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkContent, formatError } from "~/lib/provenance/check";
import { loadContent, type ContentFiles } from "~/lib/provenance/load";
import { RULES } from "~/lib/provenance/rules";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const base = loadContent(fixtures, "content");

/** The base content with a fixture's files added, or replacing the base's file of the same name. */
function withFixture(rule: string, variant: "bad" | "good"): ContentFiles {
  const extra = loadContent(`${fixtures}rules/${rule}`, variant);
  const name = (file: { file: string }) => file.file.replace(/^(content|bad|good)\//, "");
  const merge = <T extends { file: string }>(a: T[], b: T[]) => [
    ...a.filter((file) => !b.some((other) => name(other) === name(file))),
    ...b,
  ];
  return {
    sources: merge(base.sources, extra.sources),
    articles: merge(base.articles, extra.articles),
    data: merge(base.data, extra.data),
    strays: [...base.strays, ...extra.strays],
    ...(extra.record ? { record: extra.record } : {}),
  };
}

/** What each bad fixture must report: `file:line [rule] the start of the message`. */
const EXPECTED: Record<string, string[]> = {
  "file-syntax": [
    "bad/articles/broken.mdx:11 [file-syntax] the MDX cannot be parsed",
    "bad/articles/nested.mdx:9 [file-syntax] a <Claim> is nested inside another <Claim>",
    "bad/actors.yaml:5 [file-syntax] the YAML cannot be parsed",
  ],
  frontmatter: [
    "bad/articles/early.mdx:6 [frontmatter] frontmatter: reviewed cannot be before published",
    "bad/articles/typo.mdx:5 [frontmatter] frontmatter: published must be a real date",
    'bad/articles/typo.mdx:7 [frontmatter] frontmatter: unknown field "correction"',
  ],
  "data-schema": [
    'bad/timeline.yaml:2 [data-schema] timeline entry "froze": date must be a real date',
    'bad/timeline.yaml:6 [data-schema] timeline entry "froze": unknown field "sortAs"',
    "bad/timelines.yaml:1 [data-schema] the site does not read timelines.yaml",
  ],
  "article-files": ["bad/articles/draft.md:1 [article-files] this file is not built: articles are .mdx files"],
  "article-order": ["bad/articles/second.mdx:4 [article-order] order 1 is also the order of bad/articles/first.mdx"],
  "markup-safety": [
    "bad/articles/unsafe.mdx:9 [markup-safety] an import or export in an article",
    "bad/articles/unsafe.mdx:13 [markup-safety] <script> is not allowed",
    "bad/articles/unsafe.mdx:15 [markup-safety] <span> is not allowed",
    "bad/articles/unsafe.mdx:15 [markup-safety] <span> has the attribute onClick",
    "bad/articles/unsafe.mdx:17 [markup-safety] a {…} expression in an article: {1 + 1}",
    "bad/articles/unsafe.mdx:19 [markup-safety] <iframe> is not allowed",
    "bad/articles/unsafe.mdx:15 [markup-safety] a javascript: link",
  ],
  "external-links": [
    "bad/articles/links.mdx:9 [external-links] a link to propaganda-channel.example.net, which is not on the reviewed list",
  ],
  "claim-props": [
    'bad/articles/props.mdx:9 [claim-props] <Claim id="no-quote">: source and quote go together',
    'bad/articles/props.mdx:11 [claim-props] <Claim id="Bad_Id">: id must be kebab-case',
    'bad/articles/props.mdx:13 [claim-props] <Claim id="typo">: unknown attribute speakr',
    'bad/articles/props.mdx:15 [claim-props] <Claim id="no-citation">: a claim needs a citation',
    'bad/articles/props.mdx:17 [claim-props] <Claim id="empty">: the claim has no text of its own',
    'bad/articles/props.mdx:19 [claim-props] <Claim id="froze">: kind Invalid option',
    'bad/articles/props.mdx:21 [claim-props] <Claim id="froze">: duplicate claim id, first used at bad/articles/props.mdx:19',
  ],
  "article-has-claims": ["bad/articles/empty.mdx:8 [article-has-claims] the article makes no claim"],
  "uncited-text": [
    'bad/articles/uncited.mdx:9 [uncited-text] text outside any claim: "It was colder than ever."',
    'bad/articles/uncited.mdx:12 [uncited-text] text outside any claim: "Nobody came."',
    'bad/articles/uncited.mdx:16 [uncited-text] text outside any claim: "January"',
    'bad/articles/uncited.mdx:17 [uncited-text] text outside any claim: "March"',
    'bad/articles/uncited.mdx:17 [uncited-text] text outside any claim: "It thawed."',
    'bad/articles/uncited.mdx:19 [uncited-text] text outside any claim: "The ice was thick everywhere."',
    'bad/articles/uncited.mdx:21 [uncited-text] text outside any claim: "See the report."',
  ],
  "heading-facts": [
    'bad/articles/headings.mdx:9 [heading-facts] the heading "The freeze of 2023" states "2023"',
    'bad/articles/headings.mdx:13 [heading-facts] the heading "What happened in March" states "March"',
    'bad/articles/headings.mdx:17 [heading-facts] the table\'s header row "Damage in 2023" states "2023"',
    'bad/articles/rows.mdx:11 [heading-facts] the row label "March" states "March"',
  ],
  "source-known": [
    'bad/articles/unknown.mdx:9 [source-known] <Claim id="ice-thick">: unknown source "nowhere-2024"',
    'bad/articles/details.mdx:9 [source-known] <SourceDetails id="nowhere-2024">: there is no such source',
  ],
  "quote-found": [
    'bad/articles/misquote.mdx:9 [quote-found] <Claim id="froze">: the quotation is not in "sample-2024"',
    'bad/articles/misquote.mdx:11 [quote-found] <Claim id="help">: the fragments of the quotation are out of order',
    'bad/articles/misquote.mdx:13 [quote-found] <Claim id="blank">: the quotation is empty',
  ],
  "quote-word-boundaries": [
    'bad/articles/boundaries.mdx:9 [quote-word-boundaries] <Claim id="damaged">: the quotation ends inside the word "40"',
    'bad/articles/boundaries.mdx:11 [quote-word-boundaries] <Claim id="reopen">: the quotation ends inside the word "cannot"',
  ],
  // A look-alike character also makes the quotation unfindable; the first error says why.
  "quote-characters": [
    'bad/articles/characters.mdx:9 [quote-characters] <Claim id="froze">: the quotation contains U+0430 “а”',
    'bad/articles/characters.mdx:11 [quote-characters] <Claim id="help">: the quotation contains U+FF48 “ｈ”',
    'bad/articles/characters.mdx:9 [quote-found] <Claim id="froze">: the quotation is not in "sample-2024"',
    'bad/articles/characters.mdx:11 [quote-found] <Claim id="help">: the quotation is not in "sample-2024"',
  ],
  "quote-fragments": [
    'bad/articles/fragments.mdx:9 [quote-fragments] <Claim id="came">: a fragment of the quotation "The council" is too short',
    'bad/articles/fragments.mdx:11 [quote-fragments] <Claim id="weeks">: the quotation "weeks" is too short',
  ],
  "quote-ellipsis": [
    'bad/articles/ellipsis.mdx:9 [quote-ellipsis] <Claim id="ferry">: the quotation leaves out “not” inside the ellipsis',
    'bad/articles/ellipsis.mdx:11 [quote-ellipsis] <Claim id="vessel">: the quotation leaves out “not” just before it',
    'bad/articles/ellipsis.mdx:13 [quote-ellipsis] <Claim id="reopen">: the quotation leaves out “without” just after it',
  ],
  "quote-unique": ['bad/articles/unique.mdx:9 [quote-unique] <Claim id="thick">: the quotation occurs 2 times'],
  "speaker-quoted": [
    'bad/articles/speakers.mdx:9 [speaker-quoted] <Claim id="help">: speaker "the mayor", but "sample-2024" does not quote these words',
    'bad/articles/speakers.mdx:11 [speaker-quoted] <Claim id="reopen">: paraphraseOf "the harbour master", but "sample-2024" quotes these words',
  ],
  "relayed-claims": [
    'bad/articles/relayed.mdx:9 [relayed-claims] <Claim id="warned">: the source relays this (“reportedly”), but the claim\'s kind is fact',
    'bad/articles/relayed.mdx:9 [relayed-claims] <Claim id="warned">: the source says “reportedly”, the site\'s words do not',
    'bad/articles/relayed.mdx:11 [relayed-claims] <Claim id="acted">: the source relays this (“claim to”), but the claim\'s kind is fact',
    'bad/relations.yaml:7 [relayed-claims] relations entry "mayor-warned-council": the source relays this relation',
  ],
  "hedges-kept": [
    'bad/articles/hedges.mdx:9 [hedges-kept] <Claim id="channel">: the source says “can”, the site says “should”',
    'bad/articles/hedges.mdx:11 [hedges-kept] <Claim id="ferry">: the quotation says “by and large”',
    'bad/articles/hedges.mdx:13 [hedges-kept] <Claim id="boats">: the quotation says “approximately”',
  ],
  "relative-dates": [
    'bad/timeline.yaml:1 [relative-dates] timeline entry "report-published": the source only calls it recent, but it is dated "2024-01-01"',
  ],
  "claim-links": [
    "bad/articles/links.mdx:12 [claim-links] the link #claim-febuary points to a claim that does not exist",
    "bad/articles/links.mdx:12 [claim-links] the link /articles/nowhere/#claim-froze points to a claim on another page",
    'bad/articles/reuse.mdx:11 [claim-links] <ClaimRef> points to no claim ("nowhere")',
    "bad/articles/reuse.mdx:13 [claim-links] <ClaimRef> reuses a claim made on this same page",
  ],
  "glossary-terms": [
    'bad/articles/terms.mdx:9 [glossary-terms] <Term id="habour">: there is no glossary entry "habour"',
  ],
  "data-ids": ['bad/actors.yaml:8 [data-ids] actors entry "harbour-master": duplicate id, first used on line 1'],
  "data-references": [
    'bad/timeline.yaml:6 [data-references] timeline entry "froze": "fishermen" is not an id in actors',
    'bad/timeline.yaml:7 [data-references] timeline entry "froze": "atlantis" is not an id in places',
  ],
  "claim-record": [
    'bad/articles/changes.mdx:9 [claim-record] <Claim id="froze">: its sentence changed since it was published, and no change is logged',
    'bad/articles/changes.mdx:11 [claim-record] <Claim id="new-claim">: a new claim, not yet in the record',
    'bad/articles/changes.mdx:1 [claim-record] the published claim "gone" has gone from /articles/changes/, and no change is logged',
  ],
  "moved-claims": [
    'bad/retired-articles.yaml:1 [moved-claims] retired article "moving" is still an article',
    'bad/retired-articles.yaml:1 [moved-claims] retired article "moving" is replaced by "elsewhere", which is not an article',
    'bad/moved-claims.yaml:1 [moved-claims] moved claim "gone": "nowhere" is neither an article nor a retired article',
    'bad/moved-claims.yaml:1 [moved-claims] moved claim "gone": "missing" is not a claim',
    'bad/moved-claims.yaml:7 [moved-claims] moved claim "froze": the claim is still on /articles/moving/',
    'bad/moved-claims.yaml:13 [moved-claims] moved claim "dropped": it is removed, but the entry does not say what it said',
  ],
};

test("the shared base of the fixtures passes every rule", () => {
  expect(checkContent(base).errors.map(formatError)).toEqual([]);
});

test("every rule has a bad and a good fixture, and an expectation here", () => {
  const names = RULES.map((rule) => rule.name).sort();
  expect(readdirSync(`${fixtures}rules`).sort()).toEqual(names);
  expect(Object.keys(EXPECTED).sort()).toEqual(names);
});

test("CONTRIBUTING lists every rule", () => {
  const contributing = readFileSync(new URL("../../CONTRIBUTING.md", import.meta.url), "utf8");
  for (const rule of RULES) expect(contributing).toContain(`\`${rule.name}\``);
});

describe.each(RULES.map((rule) => rule.name))("the %s rule", (name) => {
  test("refuses its bad fixture at the right lines, each error with a fix", () => {
    const { errors } = checkContent(withFixture(name, "bad"));
    const found = errors.map((error) => `${error.file}:${error.line} [${error.rule}] ${error.message}`);
    const expected = EXPECTED[name] ?? [];
    expect(expected.filter((want) => !found.some((line) => line.startsWith(want)))).toEqual([]);
    expect(found.filter((line) => !expected.some((want) => line.startsWith(want)))).toEqual([]);
    expect(found).toHaveLength(expected.length);
    for (const error of errors) expect(error.fix.length).toBeGreaterThan(10);
  });

  test("accepts its good fixture", () => {
    expect(checkContent(withFixture(name, "good")).errors.map(formatError)).toEqual([]);
  });
});
