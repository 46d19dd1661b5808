import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractText } from './extract-bytes';
import { parseHtmlWithLinkedom } from './linkedom-parser';

const body = `<p>${'A sentence of the article that is long enough to be kept by the reader. '.repeat(6)}<a href="/next">next</a></p>`;

describe('parseHtmlWithLinkedom', () => {
  it('resolves relative links against the page address, as the browser parser does', () => {
    const outcome = extractText(
      `<html><head><title>T</title></head><body><article>${body}</article></body></html>`,
      'html',
      parseHtmlWithLinkedom,
      'https://news.example/2024/story',
    );
    expect(outcome.kind === 'ok' && outcome.article.html).toContain('https://news.example/next');
  });

  it('reads a fragment fetched from an address', () => {
    const outcome = extractText(body, 'html', parseHtmlWithLinkedom, 'https://news.example/a');
    expect(outcome.kind).toBe('ok');
  });

  describe('a page with no address, read in a worker', () => {
    const corpus = '../shared/corpora/readability-test-pages';
    // Five of the 15 corpus pages whose links pointed at the worker's script before.
    const pages = [
      'base-url',
      'firefox-nightly-blog',
      'gitlab-blog',
      'google-sre-book-1',
      'ietf-1',
    ];
    const worker = 'http://127.0.0.1:5199/assets/extract-worker-0a1b2c.js';
    afterEach(() => vi.unstubAllGlobals());

    it.skipIf(!existsSync(corpus))(
      'keeps in-page anchors and relative links as written, never resolved to the script',
      () => {
        // linkedom falls back to the global location, which in a worker is the script's address.
        vi.stubGlobal('location', new URL(worker));
        let anchors = 0;
        for (const page of pages) {
          const source = readFileSync(`${corpus}/${page}/source.html`, 'utf8');
          const outcome = extractText(source, 'html', parseHtmlWithLinkedom, '');
          if (outcome.kind !== 'ok') throw new Error(`${page}: ${outcome.reason}`);
          const links = [...outcome.article.html.matchAll(/(?:href|src)="([^"]*)"/g)].map(
            (match) => match[1] ?? '',
          );
          expect(
            links.filter((link) => link.includes('127.0.0.1')),
            page,
          ).toEqual([]);
          anchors += links.filter((link) => link.startsWith('#')).length;
        }
        expect(anchors).toBeGreaterThan(0);
      },
    );
  });
});
