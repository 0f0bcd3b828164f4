import { defineMdastPlugin } from "satteri";
import { withBase } from "../paths.ts";

/**
 * Authors link between articles with site paths (`[policy responses](/articles/policy-responses/)`),
 * which the content check verifies. This prefixes them with the base path the site is built for,
 * so the same article works at the root and under a sub-path; fragments and external links are left
 * as written.
 */
export function baseLinks(base: string) {
  return defineMdastPlugin({
    name: "base-links",
    link(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, "url", url);
    },
  });
}
