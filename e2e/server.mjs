// A static file server for the built site: serves one or more folders under a URL prefix,
// the way any static host would, so the tests exercise the real dist/ over HTTP. Like a host
// that follows the README, it sends the page's Content-Security-Policy as a header too, which
// also holds the worker to it (a <meta> governs the page alone).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { HEADER_POLICY } from '../scripts/csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts serving `roots` (searched in order) under `prefix`; resolves to { url, close }.
 * With `cors`, any other site's page may read the files, as from a public host of timelines;
 * without `policy`, no Content-Security-Policy header is sent (for pages other than ours);
 * with `compress`, files go gzipped to a browser that accepts it, as most hosts send them.
 */
export async function serve(roots, { prefix = '/', port = 0, host = '127.0.0.1', cors = false, policy = true, compress = false } = {}) {
  const folders = roots.map((r) => resolve(r));
  const server = createServer(async (request, response) => {
    if (policy) response.setHeader('content-security-policy', HEADER_POLICY);
    if (cors) response.setHeader('access-control-allow-origin', '*');
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    let relative = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    if (relative === '' || relative.endsWith('/') || relative === '.') relative = join(relative, 'index.html');
    for (const folder of folders) {
      const file = join(folder, relative);
      if (!file.startsWith(folder)) continue;
      try {
        if (!(await stat(file)).isFile()) continue;
        const body = await readFile(file);
        const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
        if (compress && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
          headers['content-encoding'] = 'gzip';
          response.writeHead(200, headers).end(gzipSync(body));
          return;
        }
        response.writeHead(200, headers).end(body);
        return;
      } catch {
        // not in this folder: try the next
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((done) => server.listen(port, host, done));
  const url = `http://${host}:${server.address().port}${prefix}`;
  return { url, close: () => new Promise((done) => server.close(done)) };
}

// `node e2e/server.mjs DIR [PORT]` serves DIR at the root, for a quick look.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve([dir], { port: Number(port) });
  console.log(`Serving ${dir} at ${url}`);
}
