import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachingFor, serveStatic, type StaticServer } from './static-server';
import { tempDir } from '../tests/support/temp-dir';

// Raw requests: fetch() would normalise an encoded "../" before it reached the server.
const get = (
  url: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; type: string; etag: string; cache: string }> =>
  new Promise((done, fail) => {
    const req = request(new URL(url), { path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          body,
          type: String(res.headers['content-type']),
          etag: String(res.headers.etag),
          cache: String(res.headers['cache-control']),
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });

describe('serveStatic', () => {
  let site: StaticServer;
  // Made while the suite is collected, so it is removed when the suite's tests end.
  const folder = tempDir('verso-static-');
  beforeAll(async () => {
    writeFileSync(join(folder, 'index.html'), '<p>home</p>');
    writeFileSync(join(folder, 'app.js'), 'export {};');
    mkdirSync(join(folder, 'assets'));
    writeFileSync(join(folder, 'assets', 'index-CsOnN72t.js'), 'export {};');
    site = await serveStatic(folder);
  });
  afterAll(() => site.server.close());

  it('listens on loopback only and serves index.html at the root', async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(site.url, '/')).toMatchObject({ status: 200, body: '<p>home</p>' });
  });

  it('sends scripts with a JavaScript type (module scripts need it)', async () => {
    expect((await get(site.url, '/app.js')).type).toContain('text/javascript');
  });

  it('answers 404 for a missing file and 403 for a path that climbs out', async () => {
    expect((await get(site.url, '/nope.js')).status).toBe(404);
    expect((await get(site.url, '/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(403);
  });

  it('answers a reload of an unchanged file with 304, of a changed one with the new file', async () => {
    const first = await get(site.url, '/app.js');
    expect(await get(site.url, '/app.js', { 'if-none-match': first.etag })).toMatchObject({
      status: 304,
      body: '',
    });
    writeFileSync(join(folder, 'app.js'), 'export const changed = true;');
    expect(await get(site.url, '/app.js', { 'if-none-match': first.etag })).toMatchObject({
      status: 200,
      body: 'export const changed = true;',
    });
  });

  it('lets the browser keep a hashed asset without asking again, and revalidates the rest', async () => {
    expect((await get(site.url, '/assets/index-CsOnN72t.js')).cache).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['/', '/app.js']) expect((await get(site.url, path)).cache).toBe('no-cache');
    // Only the build's assets folder, and only a name with the build's 8-character hash.
    for (const path of ['/sw.js', '/index.html', '/assets/app.js', '/workbox-9c191d2f.js'])
      expect(cachingFor(path)['cache-control']).toBe('no-cache');
  });
});
