import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves a built site the way GitHub Pages serves a project site: the folder's contents under
 * `base`, `index.html` for a directory, and the site's 404.html (with status 404) for anything else,
 * including every path outside the base. Listens on a free port; resolves to the server's origin.
 */
export async function serveStatic(folder: string, base: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURI(new URL(request.url ?? "/", "http://localhost").pathname);
    const inside = path.startsWith(base) && !path.includes("..");
    let file = inside ? join(folder, path.slice(base.length)) : "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = file !== "" && existsSync(file);
    response.writeHead(found ? 200 : 404, {
      "Content-Type": TYPES[found ? extname(file) : ".html"] ?? "application/octet-stream",
    });
    response.end(readFileSync(found ? file : join(folder, "404.html")));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
