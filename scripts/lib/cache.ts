/**
 * What post-build steps keep between builds, so that an unchanged page costs nothing the second
 * time: `node_modules/.cache/iskp/` (ignored by git, removed with node_modules). Every entry is
 * named by a digest of everything it was made from, so a stale entry is never found, only unused.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export { cacheKey } from "../../src/lib/compile-cache.ts";

/** The cache folder of the project at `root`. */
export const cacheDir = (root = process.cwd()) => join(root, "node_modules", ".cache", "iskp");

/**
 * Small values (numbers, short strings) derived from content, by key, in one JSON file. Entries
 * this build did not ask for are dropped when it saves, so the file stays the size of the site.
 */
export class ValueCache<T> {
  readonly #file: string;
  readonly #previous: Record<string, T>;
  readonly #next: Record<string, T> = {};

  constructor(name: string, dir = cacheDir()) {
    this.#file = join(dir, `${name}.json`);
    this.#previous = existsSync(this.#file) ? (JSON.parse(readFileSync(this.#file, "utf8")) as Record<string, T>) : {};
  }

  /** The value for `key`, from the previous build or made now. */
  get(key: string, make: () => T): T {
    const value = this.#next[key] ?? this.#previous[key] ?? make();
    this.#next[key] = value;
    return value;
  }

  save(): void {
    mkdirSync(join(this.#file, ".."), { recursive: true });
    writeFileSync(this.#file, JSON.stringify(this.#next));
  }
}
