/**
 * The search page's client: runs Pagefind's index (built after `astro build`) as the reader types,
 * lists each page once with the entries on it that match, keeps the address in step with the
 * search, and counts results by content type. Without JavaScript the page lists the A–Z pages
 * instead (src/pages/search.astro).
 */
import { withBase } from "~/lib/paths";
import { SEARCH_TYPE_FILTER, searchContentTypes } from "~/lib/search/content-types";
import { setShortcutEnabled, shortcutEnabled } from "~/lib/search/shortcut";
import { parseQuery, rankResults } from "~/lib/search/query";
import {
  excerptOf,
  matchedWords,
  targetsOf,
  targetUrl,
  withRelevantMatches,
  type PagefindResultData,
} from "~/lib/search/targets";

/** The parts of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  debouncedSearch(query: string, options: object, timeout: number): Promise<SearchResponse | null>;
}
interface SearchResponse {
  results: { id: string; score: number; data(): Promise<Result> }[];
}
type Result = PagefindResultData & { filters: Record<string, string[] | undefined> };

/** More than the site has pages today; a guard, not a page size. */
const MAX_RESULTS = 50;
const root = document.querySelector<HTMLElement>("[data-search]");
const form = document.querySelector<HTMLFormElement>("[data-search-form]");
const input = document.querySelector<HTMLInputElement>("[data-search-input]");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const list = document.querySelector<HTMLOListElement>("[data-search-results]");
const notice = document.querySelector<HTMLElement>("[data-search-nojs]");
const names = new Map<string, string>(
  Object.entries(JSON.parse(document.getElementById("search-names")?.textContent ?? "{}") as Record<string, string>),
);
const typeLabel = new Map<string, string>(searchContentTypes.map((type) => [type.value, type.label]));

const selectedType = () => form?.querySelector<HTMLInputElement>("input[name=type]:checked")?.value ?? "";

/** Keeps the address in step with the search, so that Back and a shared link return to the same results. */
function remember(query: string, type: string) {
  const url = new URL(window.location.href);
  url.search = "";
  if (query) url.searchParams.set("q", query);
  if (type) url.searchParams.set("type", type);
  window.history.replaceState(null, "", url);
}

function excerpt(data: PagefindResultData, locations: number[]): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = "mt-1 text-base";
  // Every match in the excerpt is marked, including those that belong to the next target.
  for (const part of excerptOf(data.content, locations, 24, data.locations)) {
    if (part.match) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  return p;
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  a.className = className;
  return a;
}

/**
 * One result. Links ask the page to highlight the words found on it (not the query's words,
 * which may be stop words or the start of a word), so what is marked there is what matched here.
 */
function renderResult(data: Result, terms: string[]) {
  const found = matchedWords(data.content, data.locations);
  const item = document.createElement("li");
  item.className = "border-t border-rule pt-4";
  const type = data.filters[SEARCH_TYPE_FILTER]?.[0];
  if (type) {
    const label = document.createElement("p");
    label.className = "label";
    label.textContent = typeLabel.get(type) ?? type;
    item.append(label);
  }
  const title = data.meta["title"] ?? data.url;
  const heading = document.createElement("h2");
  heading.className = "mt-1 font-sans text-lg leading-snug font-bold";
  heading.append(link(targetUrl(data.url, undefined, found), title, ""));
  item.append(heading);

  const targets = targetsOf(data, names, 3, terms);
  const pageLevel = targets.find((target) => target.id === undefined);
  if (pageLevel) item.append(excerpt(data, pageLevel.locations));
  const places = targets.filter((target) => target.id !== undefined);
  if (places.length > 0) {
    const sub = document.createElement("ul");
    sub.className = "mt-2 space-y-3 border-l-2 border-rule pl-4";
    for (const target of places) {
      const li = document.createElement("li");
      // Set as tight as the result's own title, not at the body text's line height.
      const line = document.createElement("p");
      line.className = "font-sans font-semibold leading-snug";
      line.append(link(targetUrl(data.url, target.id, found), target.title ?? title, ""));
      li.append(line);
      li.append(excerpt(data, target.locations));
      sub.append(li);
    }
    item.append(sub);
  }
  return item;
}

function showCounts(counts: Record<string, number> | undefined, total: number | undefined) {
  for (const label of document.querySelectorAll<HTMLElement>("[data-type-label]")) {
    const value = label.dataset["typeLabel"] ?? "";
    const name = value ? (typeLabel.get(value) ?? value) : "All pages";
    const count = counts === undefined ? undefined : value ? (counts[value] ?? 0) : total;
    label.textContent = count === undefined ? name : `${name} (${count})`;
  }
}

async function start() {
  if (!root || !form || !input || !status || !list) return;
  let pagefind: Pagefind;
  try {
    // Built by `pagefind` after `astro build`, so it cannot be bundled: loaded from the site at run time.
    const bundle = withBase("/pagefind/pagefind.js");
    pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  } catch {
    return; // No index in this build (astro dev): the notice with the A–Z pages stays.
  }
  notice?.setAttribute("hidden", "");
  root.hidden = false;

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const type = selectedType();
    remember(query, type);
    const ticket = ++latest;
    if (!query) {
      status.textContent = "";
      list.replaceChildren();
      showCounts(undefined, undefined);
      return;
    }
    // Stop words are not searched for ("the rise of ISKP" searches "rise ISKP"), unless that is all there is.
    const { text, terms } = parseQuery(query);
    // The whole site is a few dozen pages, so every result is loaded and the content type filter
    // is applied here: the counts beside each type then always agree with what is listed.
    const search = await pagefind.debouncedSearch(text, {}, 200);
    if (search === null || ticket !== latest) return; // A newer search has started.
    const found = search.results.slice(0, MAX_RESULTS);
    const loaded = await Promise.all(found.map((result) => result.data()));
    if (ticket !== latest) return;
    const typeOf = (data: Result) => data.filters[SEARCH_TYPE_FILTER]?.[0] ?? "";
    const results = rankResults(
      loaded
        .map((data, i) => ({ data: withRelevantMatches(data, terms), score: found[i]?.score ?? 0 }))
        .filter(({ data }) => data.locations.length > 0)
        .map(({ data, score }) => ({
          data,
          score,
          title: data.meta["title"] ?? "",
          type: typeOf(data),
          words: matchedWords(data.content, data.locations),
        })),
      terms,
    ).map(({ data }) => data);
    const counts: Record<string, number> = {};
    for (const data of results) counts[typeOf(data)] = (counts[typeOf(data)] ?? 0) + 1;
    showCounts(counts, results.length);
    const shown = type ? results.filter((data) => typeOf(data) === type) : results;
    list.replaceChildren(...shown.map((data) => renderResult(data, terms)));
    const where = type ? ` in ${typeLabel.get(type) ?? type}` : "";
    const n = shown.length;
    status.textContent =
      n === 0
        ? `Nothing matches “${query}”${where}. Try another word, or browse the pages listed below.`
        : `${n} ${n === 1 ? "page matches" : "pages match"} “${query}”${where}.`;
  };

  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") ?? "";
  const type = params.get("type");
  const radio = type ? form.querySelector<HTMLInputElement>(`input[name=type][value="${CSS.escape(type)}"]`) : null;
  if (radio) radio.checked = true;

  input.addEventListener("input", () => void run());
  form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === "type") void run();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  input.focus();
  if (input.value) void run();
}

const toggle = document.querySelector<HTMLInputElement>("[data-shortcut-toggle]");
if (toggle) {
  toggle.checked = shortcutEnabled();
  toggle.addEventListener("change", () => {
    setShortcutEnabled(toggle.checked);
  });
}
void start();
