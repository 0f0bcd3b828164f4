/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  path: string;
}

const SECTION_NAMES: Record<string, string> = {
  articles: "Articles",
  sources: "Sources",
  data: "Data",
  timeline: "Timeline",
  glossary: "Glossary",
  actors: "Actors and relations",
  map: "Map",
  recommendations: "Recommendations",
  "key-figures": "Key figures",
  about: "Method",
  corrections: "Corrections",
  print: "Print edition",
  study: "Study guide",
};

/** Home › Section › This page, from a page's path and title. */
export function breadcrumbs(pathname: string, title: string, home: string): Crumb[] {
  const segments = pathname.split("/").filter(Boolean);
  return [
    { name: home, path: "/" },
    ...segments.map((segment, i) => ({
      name: i === segments.length - 1 ? title : (SECTION_NAMES[segment] ?? segment),
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
 * The articles most related to `slug`: ranked by glossary terms in common, then by sources in
 * common, then by reading order. Computed from the content, never listed by hand.
 */
export function relatedArticles(articles: ArticleTopics[], slug: string, count = 3): string[] {
  const self = articles.find((article) => article.slug === slug);
  if (!self) return [];
  const shared = (a: Set<string>, b: Set<string>) => [...a].filter((item) => b.has(item)).length;
  return articles
    .filter((article) => article.slug !== slug)
    .map((article, order) => ({
      slug: article.slug,
      order,
      terms: shared(self.terms, article.terms),
      sources: shared(self.sources, article.sources),
    }))
    .filter((candidate) => candidate.terms + candidate.sources > 0)
    .sort((a, b) => b.terms - a.terms || b.sources - a.sources || a.order - b.order)
    .slice(0, count)
    .map((candidate) => candidate.slug);
}
