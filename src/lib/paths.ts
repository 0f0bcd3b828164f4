/**
 * The site can be served from a sub-path (GitHub Pages serves a project site at /<repository>/),
 * set by BASE_PATH at build time. Code inside the site speaks in site paths (`/about/`,
 * `/articles/what-is-iskp/#claim-x`), which are the same whatever the base; these functions turn a
 * site path into the URL path a browser requests, and back.
 *
 * In pages and components the base defaults to Astro's `import.meta.env.BASE_URL`; scripts that run
 * outside Astro (the checks after the build) pass it explicitly.
 */

/**
 * The base path in the one form the site uses: `/` or `/iskp-explained/`, with both slashes (the
 * form Astro's BASE_URL takes with `trailingSlash: "always"`). Accepts `iskp-explained`,
 * `/iskp-explained` (GitHub Pages' `base_path`) or an empty value (the root).
 */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? "").trim().replace(/^\/+|\/+$/g, "");
  if (!trimmed) return "/";
  const segments = trimmed.split("/");
  if (segments.some((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment) || segment === "." || segment === "..")) {
    throw new Error(
      `BASE_PATH "${value ?? ""}" is not a path such as /iskp-explained/: use letters, digits, "-", "_", "." and "~" between slashes.`,
    );
  }
  return `/${segments.join("/")}/`;
}

/**
 * The URL path for a site path: `withBase("/about/")` is `/iskp-explained/about/` when the site is
 * built with that base, and `/about/` at the root. Anything that is not a root-absolute path (a
 * `#fragment`, a relative path, `https://…`, `//host/…`) is returned unchanged, so links of every
 * kind (navigation items, MDX links) can go through it.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  return `${base}${path.slice(1)}`;
}

/**
 * The site path for a URL path (the inverse of `withBase`): `/iskp-explained/about/` gives
 * `/about/`. Undefined when the path is outside the base, which for a link in the built site means
 * a link that leaves it.
 */
export function withoutBase(urlPath: string, base: string = import.meta.env.BASE_URL): string | undefined {
  if (urlPath === base || `${urlPath}/` === base) return "/";
  return urlPath.startsWith(base) ? `/${urlPath.slice(base.length)}` : undefined;
}

/**
 * The site path of the page being rendered, from `Astro.url.pathname` (which includes the base).
 * Pages are always inside the base, so this never fails for them.
 */
export function pagePath(pathname: string, base: string = import.meta.env.BASE_URL): string {
  return withoutBase(pathname, base) ?? pathname;
}
