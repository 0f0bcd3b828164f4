/**
 * The search index (Pagefind), built from the pages as the site reader finds them: it is given only
 * the pages that mark their content for search (`data-pagefind-body`), and never the print volumes
 * or the citation files.
 */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import type { BuiltPage, BuiltSite } from "./dist.ts";

/** Pages handed to Pagefind and not yet indexed, at most. */
const IN_FLIGHT = 8;

/**
 * How long Pagefind may take to answer each request, in milliseconds, before the build gives up on
 * it. At 1,000 articles a page takes Pagefind about 7 ms, and writing the index 4-6 s. Pagefind
 * can stop answering without ending: given one page twice, it never answered the request to write
 * the index (Pagefind 1.6.0). Without a limit, a build would wait for it for ever.
 */
const ANSWER_WITHIN = {
  start: 60_000,
  page: 60_000,
  write: (pages: number) => 60_000 + 50 * pages,
};

/** The parts of Pagefind's Node API the index uses; tests stand in for it. */
export type Pagefind = Pick<typeof pagefind, "createIndex" | "close">;

/** Characters that Pagefind's file pattern (a glob) would read as more than themselves. */
const GLOB_SYNTAX = /[\\*?$[\]{}()<>!:#,]/;

export async function createSearchIndex({
  service = pagefind,
  limits = ANSWER_WITHIN,
}: { service?: Pagefind; limits?: typeof ANSWER_WITHIN } = {}) {
  /**
   * `request`, or an error if Pagefind has not answered it within `ms`. Pagefind is then stopped,
   * so that no process is left waiting on it.
   */
  const answered = <T>(request: Promise<T>, ms: number, doing: string): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new Error(
            `Pagefind gave no answer in ${ms / 1000} s while ${doing}, and was stopped. Build again; if it stops at the same point, look for what is unusual there, or try another version of Pagefind (package.json).`,
          ),
        );
        // After the rejection above, which the request's own ("Pagefind backend closed") would
        // otherwise overtake.
        void service.close();
      }, ms);
    });
    return Promise.race([request, late]).finally(() => {
      clearTimeout(timer);
    });
  };
  const { index, errors } = await answered(service.createIndex({}), limits.start, "starting");
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  let pages = 0;
  // Pagefind indexes in its own process: pages are handed over without waiting for each one to be
  // indexed, a few at a time, so that it works while the reader reads the next pages. It numbers
  // the pages in the order they are given, which the reader keeps the same from build to build.
  const pending = new Set<Promise<void>>();
  /** Why pages could not be indexed: the first stops the build, at the next page or at the end. */
  const failures: Error[] = [];
  const stopIfFailed = () => {
    if (failures[0]) throw failures[0];
  };
  return {
    /**
     * Adds a page, if it is one the search shows. Pagefind reads the file itself (a pattern that
     * matches only that file), rather than being sent its text. At 1,000 articles, reading the site
     * and writing the index took 19.0 s against 23.2 s with the reader's cache empty, as in a first
     * build, and 15.1 s against 15.8 s with it full (medians of 4 paired runs), for the same index
     * files, byte for byte. Given a folder, Pagefind would number the pages in the order the file
     * system lists them, which differs from one machine to another.
     */
    async add(page: BuiltPage, dir: string, html: string) {
      stopIfFailed();
      if (!page.searchable) return;
      const file = relative(dir, page.file).split(sep).join("/");
      // A file whose name holds pattern syntax is sent as text instead: its name, read as a pattern,
      // could match another file.
      const adding = GLOB_SYNTAX.test(file)
        ? index.addHTMLFile({ sourcePath: file, content: html }).then(({ errors }) => ({ errors, page_count: 1 }))
        : index.addDirectory({ path: dir, glob: file });
      const added: Promise<void> = answered(adding, limits.page, `indexing ${page.path}`)
        .then(({ errors, page_count }) => {
          if (errors.length > 0 || page_count !== 1) {
            throw new Error(`Pagefind could not index ${page.path}: ${errors.join("; ") || "the file was not found"}`);
          }
          pages++;
        })
        // Kept for the next call to see, not left to reject with no one waiting for it.
        .catch((error: unknown) => {
          failures.push(error instanceof Error ? error : new Error(String(error)));
        })
        .finally(() => pending.delete(added));
      pending.add(added);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
      stopIfFailed();
    },
    /** Writes the index into the site's `pagefind/` folder, and stops Pagefind. */
    async write(site: BuiltSite): Promise<number> {
      await Promise.all(pending);
      stopIfFailed();
      const output = join(site.dir, "pagefind");
      const written = await answered(
        index.writeFiles({ outputPath: output }),
        limits.write(pages),
        "writing the index",
      );
      if (written.errors.length > 0) {
        throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      }
      await service.close();
      for (const entry of readdirSync(output, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        site.files.add(`/${relative(site.dir, join(entry.parentPath, entry.name)).split(sep).join("/")}`);
      }
      return pages;
    },
  };
}
