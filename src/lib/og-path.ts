/** Where a page's share image is: `/og/home.png` for `/`, `/og/articles-what-is-iskp.png` for `/articles/what-is-iskp/`. */
export function ogImagePath(pagePath: string): string {
  const key =
    pagePath
      .replace(/\.html$/, "")
      .replace(/^\/|\/$/g, "")
      .replaceAll("/", "-") || "home";
  return `/og/${key}.png`;
}
