import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** A source document as written: `content/sources/<id>.md`, frontmatter and verbatim text. */
export interface SourceFile {
  id: string;
  file: string;
  raw: string;
}

/** An article as written: `content/articles/<name>.mdx`, frontmatter included. */
export interface ArticleFile {
  /** The URL slug, as Astro derives it from the file name (lower case). */
  slug: string;
  file: string;
  mdx: string;
}

/** A data file as written: `content/<collection>.yaml`. */
export interface DataFile {
  collection: string;
  file: string;
  yaml: string;
}

/** Everything the content check reads, as text, with paths relative to the project root. */
export interface ContentFiles {
  sources: SourceFile[];
  articles: ArticleFile[];
  data: DataFile[];
  /** Files where the build would silently ignore them (an article saved as `.md`). */
  strays: string[];
  /** The record of published claims (`claims-record.json`), when the content has one. */
  record?: { file: string; json: string };
}

/** The slug Astro's glob loader gives a file: its name without extension, in lower case. */
export function slugOf(name: string): string {
  return name
    .replace(/\.[^.]+$/, "")
    .toLowerCase()
    .replace(/\s+/g, "-");
}

/** Reads the sources, articles and data files (`content/*.yaml`) below `root` for the content check. */
export function loadContent(root: string, contentDir = "content"): ContentFiles {
  const dir = join(root, contentDir);
  const strays: string[] = [];
  const list = (sub: string, ext: string) => {
    const names = existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).sort() : [];
    for (const name of names) {
      if (!name.endsWith(ext) && !name.startsWith(".")) strays.push(relative(root, join(dir, sub, name)));
    }
    return names.filter((name) => name.endsWith(ext)).map((name) => ({ name, path: join(dir, sub, name) }));
  };
  const sources = list("sources", ".md").map(({ name, path }) => ({
    id: name.replace(/\.md$/, ""),
    file: relative(root, path),
    raw: readFileSync(path, "utf8"),
  }));
  const articles = list("articles", ".mdx").map(({ name, path }) => ({
    slug: slugOf(name),
    file: relative(root, path),
    mdx: readFileSync(path, "utf8"),
  }));
  const data = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml") && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({
      collection: name.replace(/\.yaml$/, ""),
      file: relative(root, join(dir, name)),
      yaml: readFileSync(join(dir, name), "utf8"),
    }));
  const record = join(dir, "claims-record.json");
  return {
    sources,
    articles,
    data,
    strays,
    ...(existsSync(record) ? { record: { file: relative(root, record), json: readFileSync(record, "utf8") } } : {}),
  };
}
