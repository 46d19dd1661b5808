import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The build's hashed files (assets/name-XXXXXXXX.js): the name changes whenever the content does,
 * so the browser may keep them without asking again. A reload then sends no request for the
 * bundle (at 100,000 articles the page's start waited on seven revalidations, 304s each), and
 * Chromium still uses the code V8 cached for them. index.html, sw.js and the rest keep their
 * unhashed names and are revalidated.
 */
const hashedAsset = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/** The caching headers for a path: kept for good when its name is hashed, else revalidated. */
export function cachingFor(path: string): Record<string, string> {
  return hashedAsset.test(path)
    ? { 'cache-control': 'public, max-age=31536000, immutable' }
    : { 'cache-control': 'no-cache' };
}

/** A running loopback server and the URL of its root. */
export interface StaticServer {
  readonly server: Server;
  readonly url: string;
}

/**
 * Serves a folder on 127.0.0.1 only (port 0 picks a free one): the web host, the e2e tests and
 * the browser benches all load the renderer this way. Paths outside the folder are refused.
 */
export function serveStatic(folder: string, port = 0): Promise<StaticServer> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (file !== root && !file.startsWith(`${root}/`)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => {
        // A validator, so a reload revalidates (304) instead of fetching anew: Chromium then keeps
        // the cached response and the code V8 compiled for it, and the page's start skips
        // compiling the bundle (110-140 ms of it at 100,000 articles under load).
        const tag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        const headers = { etag: tag, ...cachingFor(path) };
        if (request.headers['if-none-match'] === tag)
          return void response.writeHead(304, headers).end();
        response
          .writeHead(200, {
            'content-type': types[extname(file)] ?? 'application/octet-stream',
            'x-content-type-options': 'nosniff',
            ...headers,
          })
          .end(body);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://127.0.0.1:${bound}/` });
    });
  });
}
