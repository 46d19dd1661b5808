import { describe, expect, it } from 'vitest';
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
});
