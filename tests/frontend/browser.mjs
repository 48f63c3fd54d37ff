// What the browser tests share (form.mjs, rjsf.mjs): a static file server over the repository
// and headless Chromium (Debian's, from `bash .ci/chromium`, through playwright-core).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const types = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

/** Serves the files under `root` on a free local port; a folder serves its index.html. */
export async function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^\/+/, "");
    const file = join(root, path.endsWith("/") || path === "" ? join(path, "index.html") : path);
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium: `CHROMIUM` (from `bash .ci/chromium`), else `chromium` on the PATH. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "chromium",
    args: [
      // Playwright adds --headless and a fresh profile (it refuses --user-data-dir here).
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}
