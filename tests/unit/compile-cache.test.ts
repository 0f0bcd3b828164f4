import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createCompileCache, digestOfFiles } from "../../src/lib/compile-cache.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "compile-cache-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Compiled {
  code: string;
  map: null;
}

/** A compiler that says what it compiled, and counts its calls. */
const compiler = () =>
  vi.fn((text: string): Promise<Compiled> => Promise.resolve({ code: `compiled(${text})`, map: null }));

describe("the compile cache", () => {
  test("compiles a file once, and gives the next build what it compiled", async () => {
    const compile = compiler();
    const first = createCompileCache<Compiled>({ dir, pipeline: "p1" });
    const made = await first.get("/a.mdx", "Some prose.", () => compile("Some prose."));
    const second = createCompileCache<Compiled>({ dir, pipeline: "p1" });
    const kept = await second.get("/a.mdx", "Some prose.", () => compile("Some prose."));

    expect(kept).toEqual({ code: "compiled(Some prose.)", map: null });
    expect(kept).toEqual(made);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(second.counts()).toEqual({ asked: 1, compiled: 0 });
  });

  test("compiles a file again when its text changes", async () => {
    const compile = compiler();
    await createCompileCache<Compiled>({ dir, pipeline: "p1" }).get("/a.mdx", "Some prose.", () =>
      compile("Some prose."),
    );
    const edited = await createCompileCache<Compiled>({ dir, pipeline: "p1" }).get("/a.mdx", "Other prose.", () =>
      compile("Other prose."),
    );

    expect(edited.code).toBe("compiled(Other prose.)");
    expect(compile).toHaveBeenCalledTimes(2);
  });

  test("compiles every file again when the pipeline changes", async () => {
    const compile = compiler();
    await createCompileCache<Compiled>({ dir, pipeline: "p1" }).get("/a.mdx", "Some prose.", () =>
      compile("Some prose."),
    );
    await createCompileCache<Compiled>({ dir, pipeline: "p2" }).get("/a.mdx", "Some prose.", () =>
      compile("Some prose."),
    );

    expect(compile).toHaveBeenCalledTimes(2);
  });

  test("keeps files with the same text at different paths apart", async () => {
    const compile = compiler();
    const cache = createCompileCache<Compiled>({ dir, pipeline: "p1" });
    await cache.get("/a.mdx", "Same.", () => compile("Same."));
    await cache.get("/b.mdx", "Same.", () => compile("Same."));

    expect(compile).toHaveBeenCalledTimes(2);
  });

  test("when fresh, compiles every file, and keeps what it made for the next build", async () => {
    const compile = compiler();
    await createCompileCache<Compiled>({ dir, pipeline: "p1" }).get("/a.mdx", "Some prose.", () =>
      compile("Some prose."),
    );
    const fresh = createCompileCache<Compiled>({ dir, pipeline: "p1", fresh: true });
    await fresh.get("/a.mdx", "Some prose.", () => compile("Some prose."));
    await createCompileCache<Compiled>({ dir, pipeline: "p1" }).get("/a.mdx", "Some prose.", () =>
      compile("Some prose."),
    );

    expect(compile).toHaveBeenCalledTimes(2);
    expect(fresh.counts()).toEqual({ asked: 1, compiled: 1 });
  });

  test("drops the entries a build did not ask for, and what a stopped build left half-written", async () => {
    const compile = compiler();
    const first = createCompileCache<Compiled>({ dir, pipeline: "p1" });
    await first.get("/a.mdx", "Some prose.", () => compile("Some prose."));
    await first.get("/b.mdx", "More prose.", () => compile("More prose."));
    writeFileSync(join(dir, "stopped.json.123.tmp"), '{"code":"comp');

    const second = createCompileCache<Compiled>({ dir, pipeline: "p1" });
    await second.get("/a.mdx", "Some prose.", () => compile("Some prose."));
    expect(second.prune()).toBe(2);
    expect(readdirSync(dir)).toHaveLength(1);

    await createCompileCache<Compiled>({ dir, pipeline: "p1" }).get("/a.mdx", "Some prose.", () =>
      compile("Some prose."),
    );
    expect(compile).toHaveBeenCalledTimes(2);
  });

  test("keeps nothing of a file that failed to compile", async () => {
    const cache = createCompileCache<Compiled>({ dir, pipeline: "p1" });
    await expect(cache.get("/a.mdx", "<Broken", () => Promise.reject(new Error("Unexpected end")))).rejects.toThrow(
      "Unexpected end",
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("the digest of what compiling depends on", () => {
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  beforeEach(() => {
    write("astro.config.mjs", "export default {};");
    write("src/lib/markdown/base-links.ts", "export const base = '/';");
    write("src/lib/paths.ts", "export const withBase = (path) => path;");
  });
  const paths = ["astro.config.mjs", "src", "package-lock.json"];
  const before = () => digestOfFiles(dir, paths, ["https://example.org", "/"]);

  test("is the same while nothing changes", () => {
    expect(before()).toBe(before());
  });

  test("changes when any file in a folder changes, however deep", () => {
    const digest = before();
    write("src/lib/paths.ts", "export const withBase = (path) => `/iskp${path}`;");
    expect(before()).not.toBe(digest);
  });

  test("changes when a file is added to a folder", () => {
    const digest = before();
    write("src/lib/markdown/new-plugin.ts", "export {};");
    expect(before()).not.toBe(digest);
  });

  test("changes when a missing file appears, even empty", () => {
    const digest = before();
    write("package-lock.json", "");
    expect(before()).not.toBe(digest);
  });

  test("changes with the values given beside the files", () => {
    expect(digestOfFiles(dir, paths, ["https://example.org", "/iskp/"])).not.toBe(before());
  });
});
