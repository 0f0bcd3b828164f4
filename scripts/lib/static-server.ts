/**
 * A static server for a built site, as a production host serves it: the folder's files under the
 * base path, `index.html` for a folder, text compressed with gzip when the browser accepts it (every
 * static host compresses, and Lighthouse's simulated slow network counts the bytes sent), and the
 * site's 404.html, with status 404, for anything else, including every path outside the base (as
 * GitHub Pages serves a project site). Used by the Lighthouse audit and the sub-path build test.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, relative } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
  ".ris": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** The file a URL path names in `folder` under `base`: index.html for a folder; undefined when there is none. */
function fileFor(folder: string, base: string, urlPath: string): string | undefined {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined; // A malformed escape names no file.
  }
  if (!path.startsWith(base)) return undefined;
  const file = normalize(join(folder, path.slice(base.length)));
  if (relative(folder, file).startsWith("..")) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, "index.html");
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

/** Serves `folder` at `base` on a free port of 127.0.0.1; resolves to the server and its origin. */
export async function serveSite(folder: string, base = "/"): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const found = fileFor(folder, base, new URL(request.url ?? "/", "http://localhost").pathname);
    const file = found ?? join(folder, "404.html");
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const headers: Record<string, string> = { "Content-Type": type };
    let body = readFileSync(file);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body);
      headers["Content-Encoding"] = "gzip";
    }
    response.writeHead(found ? 200 : 404, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
