import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, resolveAppFile } from './app-scheme';
import { contentSecurityPolicy } from './csp';

const root = '/opt/Verso/resources/app.asar/out/renderer';

describe('resolveAppFile', () => {
  it('maps app://verso/ paths to files in the renderer folder', () => {
    expect(resolveAppFile('app://verso/index.html', root)).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://verso/', root)).toBe(`${root}/index.html`);
    expect(resolveAppFile('app://verso/assets/index-1.js?x=1#y', root)).toBe(
      `${root}/assets/index-1.js`,
    );
  });

  it('keeps dot segments inside the folder (the URL parser resolves them first)', () => {
    expect(resolveAppFile('app://verso/../../../etc/passwd', root)).toBe(`${root}/etc/passwd`);
    expect(resolveAppFile('app://verso/%2e%2e/%2e%2e/etc/passwd', root)).toBe(`${root}/etc/passwd`);
  });

  it.each([
    'app://verso/assets/..%2f..%2f..%2fetc/passwd',
    'app://verso/a%00b',
    'app://evil/index.html',
    'file:///etc/passwd',
    'app://verso/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});

describe('appResponseHeaders', () => {
  it('sends module scripts as JavaScript, with nosniff and the CSP', () => {
    const headers = appResponseHeaders(`${root}/assets/echo-worker.js`);
    expect(headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('sends unknown files as opaque bytes', () => {
    expect(appResponseHeaders(`${root}/x.bin`)['content-type']).toBe('application/octet-stream');
  });
});

describe('contentSecurityPolicy', () => {
  it('is the policy in the page’s own <meta>, so header and page never disagree', () => {
    const html = readFileSync('src/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy);
  });
});
