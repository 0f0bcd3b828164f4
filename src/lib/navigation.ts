import { sectionName } from "./routes.ts";

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  path: string;
}

/** Home › Section › This page, from a page's path and title. */
export function breadcrumbs(pathname: string, title: string, home: string): Crumb[] {
  const segments = pathname.split("/").filter(Boolean);
  return [
    { name: home, path: "/" },
    ...segments.map((segment, i) => ({
      name: i === segments.length - 1 ? title : (sectionName(segment) ?? segment),
      path: `/${segments.slice(0, i + 1).join("/")}/`,
    })),
  ];
}

/** What an article is about, for relating it to others: the glossary terms it uses and its sources. */
export interface ArticleTopics {
  slug: string;
  terms: Set<string>;
  sources: Set<string>;
}

/**
 * The articles most related to each article: ranked by glossary terms in common, then by sources in
 * common, then by reading order (the order of `articles`). Computed from the content, never listed
 * by hand. All articles at once, through an index of who uses each term and source, so that a
 * site of a thousand articles does not compare every pair of them once per page.
 */
export function relatedArticles(articles: ArticleTopics[], count = 3): Map<string, string[]> {
  /** For each term (or source), the positions of the articles that use it. */
  const usersOf = (topic: "terms" | "sources") => {
    const users = new Map<string, number[]>();
    for (const [i, article] of articles.entries()) {
      for (const item of article[topic]) {
        const list = users.get(item) ?? [];
        list.push(i);
        users.set(item, list);
      }
    }
    return users;
  };
  const byTerm = usersOf("terms");
  const bySource = usersOf("sources");
  /** How many of `items` each article shares, by position. */
  const sharing = (users: Map<string, number[]>, items: Set<string>) => {
    const counts = new Array<number>(articles.length).fill(0);
    for (const item of items) for (const i of users.get(item) ?? []) counts[i] = (counts[i] ?? 0) + 1;
    return counts;
  };
  const related = new Map<string, string[]>();
  for (const [self, article] of articles.entries()) {
    const terms = sharing(byTerm, article.terms);
    const sources = sharing(bySource, article.sources);
    const score = (i: number) => [terms[i] ?? 0, sources[i] ?? 0] as const;
    const ranked = [...articles.keys()]
      .filter((i) => i !== self && score(i)[0] + score(i)[1] > 0)
      .sort((a, b) => score(b)[0] - score(a)[0] || score(b)[1] - score(a)[1] || a - b);
    related.set(
      article.slug,
      ranked.slice(0, count).map((i) => articles[i]?.slug ?? ""),
    );
  }
  return related;
}
