// A minimal static file server for dist/: used by `scripts/serve.sh` and by the end-to-end tests.
// Unhashed entry files are served with `Cache-Control: no-cache` so a new build is always picked up.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` on `host:port` (port 0 = any free port). Resolves to { server, origin }. */
export async function serveDir(dir, { host = '127.0.0.1', port = 0 } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      // `access-control-allow-origin: *` lets the app load inside a sandboxed iframe (an opaque
      // origin fetches its own script, wasm and data cross-origin); the files are public anyway.
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => { server.once('error', fail); server.listen(port, host, ok); });
  return { server, origin: `http://${host}:${server.address().port}` };
}

// Run directly: node scripts/static-server.mjs DIR [PORT] [HOST]
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080', host = '127.0.0.1'] = process.argv.slice(2);
  const { origin } = await serveDir(dir, { host, port: Number(port) });
  console.log(`Lægedækning 2040 is served at ${origin}/  (Ctrl-C stops)`);
}
