/**
 * Every address that src/lib/routes.ts yields for the published content exists in the built site:
 * each page it names, each article and source page, each entry's anchor on the page that lists
 * it, each claim and its footnote on its article, each article in the print edition, and the
 * files for machines. What exists is read from the data downloads, which list what the site
 * publishes, and from the pages themselves.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import {
  FILES,
  PAGES,
  anchorId,
  articlePath,
  citeFilePath,
  claimPath,
  dataFilePath,
  entryPath,
  fragment,
  printVolumePath,
  sourcePath,
  type EntryKind,
} from "../../src/lib/routes";

/** The ids in a page, fetched once per path. */
function pageIds(request: APIRequestContext) {
  const pages = new Map<string, Promise<Set<string> | undefined>>();
  return (path: string) => {
    let ids = pages.get(path);
    if (!ids) {
      ids = request.get(path).then(async (response) => {
        if (!response.ok()) return undefined;
        return new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ""));
      });
      pages.set(path, ids);
    }
    return ids;
  };
}

/** The address is missing: its page does not exist, or the page has no such anchor. */
async function missing(idsOf: ReturnType<typeof pageIds>, address: string): Promise<boolean> {
  const [path = "", anchor] = address.split("#");
  const ids = await idsOf(path);
  return !ids || (anchor !== undefined && !ids.has(anchor));
}

const json = async <T>(request: APIRequestContext, file: string) =>
  (await (await request.get(dataFilePath(file))).json()) as T;

type Entries<K extends string> = Record<K, { id: string }[]>;

test("every page, entry and claim address the registry yields exists", async ({ request }) => {
  const idsOf = pageIds(request);
  const addresses: string[] = Object.values(PAGES).map((page) => page.path);

  const { claims } = await json<{ claims: { id: string; page: string }[] }>(request, "claims.json");
  const articles = new Set(claims.map((claim) => new URL(claim.page).pathname.split("/")[2] ?? ""));
  expect(articles.size, "the claims of every article").toBeGreaterThanOrEqual(5);
  for (const slug of articles) addresses.push(articlePath(slug));
  for (const claim of claims) {
    const slug = new URL(claim.page).pathname.split("/")[2] ?? "";
    addresses.push(claimPath(slug, claim.id), `${articlePath(slug)}${fragment("footnote", claim.id)}`);
  }

  const { sources } = await json<Entries<"sources">>(request, "sources.json");
  for (const source of sources) addresses.push(sourcePath(source.id));

  const entries: [EntryKind, { id: string }[]][] = [
    ["event", (await json<Entries<"events">>(request, "timeline.json")).events],
    ["term", (await json<Entries<"terms">>(request, "glossary.json")).terms],
    ["actor", (await json<Entries<"actors">>(request, "actors.json")).actors],
    ["relation", (await json<Entries<"relations">>(request, "actors.json")).relations],
    ["place", (await json<Entries<"places">>(request, "places.json")).places],
    ["recommendation", (await json<Entries<"recommendations">>(request, "recommendations.json")).recommendations],
    ["figure", parse(await (await request.get(dataFilePath("figures.csv"))).text(), { columns: true, bom: true })],
  ];
  const { actors } = await json<{ actors: { type: string }[] }>(request, "actors.json");
  for (const type of new Set(actors.map((actor) => actor.type))) {
    addresses.push(`${PAGES.actors.path}${fragment("actorType", type)}`);
  }
  for (const [kind, list] of entries) {
    expect(list.length, `${kind} entries in the data`).toBeGreaterThan(0);
    for (const entry of list) addresses.push(entryPath(kind, entry.id));
  }

  const absent: string[] = [];
  for (const address of addresses) if (await missing(idsOf, address)) absent.push(address);
  expect(absent).toEqual([]);
});

test("every article has its place in a print volume, and its reference-manager files", async ({ request }) => {
  const idsOf = pageIds(request);
  const { claims } = await json<{ claims: { page: string }[] }>(request, "claims.json");
  const slugs = new Set(claims.map((claim) => new URL(claim.page).pathname.split("/")[2] ?? ""));
  const volumes: Set<string>[] = [];
  for (let volume = 1; ; volume++) {
    const ids = await idsOf(printVolumePath(volume));
    if (!ids) break;
    volumes.push(ids);
  }
  expect(volumes.length, "print volumes").toBeGreaterThan(0);
  const absent: string[] = [];
  for (const slug of slugs) {
    if (!volumes.some((ids) => ids.has(anchorId("printArticle", slug)))) absent.push(`print edition: ${slug}`);
    for (const extension of ["bib", "ris", "json"]) {
      const file = citeFilePath(`article-${slug}.${extension}`);
      if (!(await request.get(file)).ok()) absent.push(file);
    }
  }
  for (const file of Object.values(FILES)) if (!(await request.get(file)).ok()) absent.push(file);
  expect(absent).toEqual([]);
});
