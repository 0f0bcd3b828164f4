/**
 * The search index (Pagefind), built from the pages as the site reader reads them, so that Pagefind
 * does not walk and parse the whole site again: it is given only the pages that mark their content
 * for search (`data-pagefind-body`), and never the print volumes or the citation files.
 */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import type { BuiltPage, BuiltSite } from "./dist.ts";

/** Pages handed to Pagefind and not yet indexed, at most. */
const IN_FLIGHT = 8;

export async function createSearchIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  let pages = 0;
  // Pagefind indexes in its own process: pages are handed over without waiting for each one to be
  // indexed, a few at a time, so that it works while the reader reads the next pages.
  const pending = new Set<Promise<void>>();
  return {
    /** Adds a page, if it is one the search shows. */
    async add(page: BuiltPage, html: string, dir: string) {
      if (!page.searchable) return;
      const adding: Promise<void> = index
        .addHTMLFile({ sourcePath: relative(dir, page.file).split(sep).join("/"), content: html })
        .then((added) => {
          if (added.errors.length > 0) {
            throw new Error(`Pagefind could not index ${page.path}: ${added.errors.join("; ")}`);
          }
          pages++;
        })
        .finally(() => pending.delete(adding));
      pending.add(adding);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    },
    /** Writes the index into the site's `pagefind/` folder, and stops Pagefind. */
    async write(site: BuiltSite): Promise<number> {
      await Promise.all(pending);
      const output = join(site.dir, "pagefind");
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0) {
        throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      }
      await pagefind.close();
      for (const entry of readdirSync(output, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        site.files.add(`/${relative(site.dir, join(entry.parentPath, entry.name)).split(sep).join("/")}`);
      }
      return pages;
    },
  };
}
