import { scalar } from "../data.ts";
import type { Rule } from "./rule.ts";
import { schemeOf } from "./markup-safety.ts";

/** The host of a web address, or undefined if it is not one. */
function hostOf(url: string): string | undefined {
  if (schemeOf(url) !== "http" && schemeOf(url) !== "https") return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}

export const externalLinks: Rule = {
  name: "external-links",
  refuses:
    "a link to another website that is not on the reviewed list in content/external-sites.yaml (the standard forbids links to terrorist or extremist outlets)",
  check(site, report) {
    const listed = site.data.find((doc) => doc.collection === "external-sites");
    const domains = (listed?.entries ?? []).map((entry) => scalar(entry.fields["domain"]));
    const allowed = (host: string) => domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
    const links = [
      ...site.articles.flatMap((article) =>
        (article.extracted?.links ?? []).map((link) => ({ file: article.file, ...link })),
      ),
      ...site.sources.flatMap((source) => {
        const url = (source.frontmatter.yaml?.value as { url?: unknown } | undefined)?.url;
        return typeof url === "string" && source.frontmatter.yaml
          ? [{ file: source.file, url, ...source.frontmatter.yaml.locate(["url"]) }]
          : [];
      }),
    ];
    for (const link of links) {
      const host = hostOf(link.url);
      if (host === undefined || (host !== "" && allowed(host))) continue;
      report({
        file: link.file,
        line: link.line,
        column: link.column,
        message: `a link to ${host || link.url}, which is not on the reviewed list of sites`,
        fix: "if it is safe to send readers there (never a terrorist or extremist outlet: EDITORIAL §3), add its domain to content/external-sites.yaml with the reason",
      });
    }
  },
};
