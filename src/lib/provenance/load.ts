import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import type { ArticleText, SourceText } from "./check.ts";
import type { DataText } from "./data.ts";

function splitFrontmatter(raw: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!match) return { data: {}, body: raw };
  return { data: (parse(match[1] ?? "") as Record<string, unknown> | null) ?? {}, body: raw.slice(match[0].length) };
}

/** Reads the sources, articles and data files (`content/*.yaml`) below `root` for the content check. */
export function loadContent(
  root: string,
  contentDir = "content",
): { sources: SourceText[]; articles: ArticleText[]; data: DataText[] } {
  const dir = join(root, contentDir);
  const list = (sub: string, ext: string) =>
    readdirSync(join(dir, sub))
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => ({ name, path: join(dir, sub, name) }));

  const sources = list("sources", ".md").map(({ name, path }) => {
    const { data, body } = splitFrontmatter(readFileSync(path, "utf8"));
    const furniture = Array.isArray(data["furniture"]) ? data["furniture"].map(String) : [];
    return { id: name.replace(/\.md$/, ""), file: relative(root, path), text: body, furniture };
  });
  const articles = list("articles", ".mdx").map(({ name, path }) => ({
    slug: name.replace(/\.mdx$/, ""),
    file: relative(root, path),
    mdx: readFileSync(path, "utf8"),
  }));
  const data = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => ({
      collection: name.replace(/\.yaml$/, ""),
      file: relative(root, join(dir, name)),
      yaml: readFileSync(join(dir, name), "utf8"),
    }));
  return { sources, articles, data };
}
