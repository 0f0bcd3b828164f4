/**
 * Synthetic articles for `npm run bench`: copies of the real ones, so that a build of a thousand
 * articles costs what a thousand real articles would (the same claims, terms, framing, background,
 * key points and questions), and passes the content check as they do.
 */
import { parse } from "yaml";

/** An article file: its slug (the file name without `.mdx`) and its MDX, frontmatter included. */
export interface ArticleFile {
  slug: string;
  mdx: string;
}

/**
 * `count` copies of `articles`, taken in turn (copy 1 of every article, then copy 2, ...). Copy `n`
 * of an article is `<slug>-copy-<n>`, its claim ids end in `-copy-<n>` (ids are unique across the
 * site), its title says which copy it is and its `order` comes after every real article. Links to
 * a claim follow the copy: `#claim-x` on the same page and `/articles/other/#claim-y` point at copy
 * `n` of the other article when it exists, and at the real article otherwise.
 */
export function copyArticles(articles: ArticleFile[], count: number): ArticleFile[] {
  const slugs = new Set(articles.map((article) => article.slug));
  const orders = articles.map((article) => Number(/^order:\s*(\d+)/m.exec(article.mdx)?.[1] ?? 0));
  const firstOrder = Math.max(0, ...orders) + 1;
  const copies: ArticleFile[] = [];
  for (let i = 0; i < count; i++) {
    const article = articles[i % articles.length];
    if (!article) break;
    const n = Math.floor(i / articles.length) + 1;
    // Copy n of another article exists when it comes before the last copy in the taking order.
    const copied = (slug: string) =>
      slugs.has(slug) && (n - 1) * articles.length + articles.findIndex((a) => a.slug === slug) < count;
    const suffix = `-copy-${n}`;
    const mdx = article.mdx
      .replace(
        /^title:\s*(.*)$/m,
        (_, title: string) => `title: ${JSON.stringify(`${String(parse(title))} (copy ${n})`)}`,
      )
      .replace(/^order:\s*\d+$/m, `order: ${firstOrder + i}`)
      .replace(/(<Claim\b[^>]*?\sid=")([a-z0-9-]+)"/g, (_, start: string, id: string) => `${start}${id}${suffix}"`)
      .replace(/\]\(#claim-([a-z0-9-]+)\)/g, (_, id: string) => `](#claim-${id}${suffix})`)
      .replace(/\]\(\/articles\/([a-z0-9-]+)\/(#claim-[a-z0-9-]+)?\)/g, (link, slug: string, anchor?: string) =>
        copied(slug) ? `](/articles/${slug}${suffix}/${anchor ? `${anchor}${suffix}` : ""})` : link,
      );
    copies.push({ slug: `${article.slug}${suffix}`, mdx });
  }
  return copies;
}
