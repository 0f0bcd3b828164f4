/**
 * Compiled code kept between builds (src/integrations/mdx-compile-cache.ts), one file an entry,
 * named by a digest of everything it was compiled from: a stale entry is never found, only unused.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** A digest of the given parts, safe in a file name (also the post-build steps' cache keys). */
export function cacheKey(...parts: (string | Buffer)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("base64url");
}

/**
 * A digest of the files at `paths` under `root` (folders read whole, in a fixed order; a missing
 * path counts as missing) and of `values`: what a compiler's output depends on besides its input.
 */
export function digestOfFiles(root: string, paths: readonly string[], values: readonly string[] = []): string {
  const parts: (string | Buffer)[] = [...values];
  for (const path of paths) {
    const full = join(root, path);
    if (!existsSync(full)) {
      parts.push(path, "missing");
    } else if (statSync(full).isDirectory()) {
      const files = readdirSync(full, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
        .sort();
      for (const file of files) parts.push(file, readFileSync(join(root, file)));
    } else {
      parts.push(path, readFileSync(full));
    }
  }
  return cacheKey(...parts);
}

export interface CompileCacheOptions {
  /** The folder the entries are kept in. */
  dir: string;
  /** A digest of everything besides a file's path and text that its compiled form depends on. */
  pipeline: string;
  /** Compile every file afresh, reading no entry (the entries made are still kept for the next build). */
  fresh?: boolean;
}

/** A cache of compiled files; `T` is what the compiler returns, which must survive JSON. */
export function createCompileCache<T>({ dir, pipeline, fresh = false }: CompileCacheOptions) {
  const used = new Set<string>();
  let compiled = 0;
  return {
    /** What `compile` makes of the file `id` with the text `text`, from the cache if it is there. */
    async get(id: string, text: string, compile: () => Promise<T>): Promise<T> {
      const name = `${cacheKey(pipeline, id, text)}.json`;
      used.add(name);
      const file = join(dir, name);
      if (!fresh && existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as T;
      const result = await compile();
      compiled++;
      // Written beside its place and moved in, so that a build stopped mid-write leaves no half entry.
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(result));
      renameSync(`${file}.${process.pid}.tmp`, file);
      return result;
    },
    /** How many files were asked for, and how many of them compiled rather than read from the cache. */
    counts: () => ({ asked: used.size, compiled }),
    /**
     * Deletes the entries not asked for since the cache was made, so that the folder holds one entry
     * a file. Only for a build that asked for every file it compiles.
     */
    prune(): number {
      if (!existsSync(dir)) return 0;
      let removed = 0;
      for (const name of readdirSync(dir)) {
        if (used.has(name)) continue;
        rmSync(join(dir, name), { force: true });
        removed++;
      }
      return removed;
    },
  };
}
