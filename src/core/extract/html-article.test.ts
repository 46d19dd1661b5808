import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DocumentLike } from './dom-like';
import { extractBytes } from './extract-bytes';
import { extractHtmlArticle } from './html-article';
import { htmlToText } from './html-to-text';

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../tests/fixtures/archive/${name}`, import.meta.url));
const parse = (html: string): DocumentLike => parseHTML(html).document;

describe('HTML extraction', () => {
  it('extracts text and metadata from a saved page', () => {
    const outcome = extractBytes({ name: 'page.html', bytes: fixture('saved-page.html') }, parse);
    if (outcome.kind !== 'ok') throw new Error(outcome.reason);
    const { article } = outcome;
    expect(article.title).toBe('Ministers promise £200m for coastal flood defences');
    expect(article.byline).toMatch(/Priya Sandhu/);
    expect(article.siteName).toBe('The Harbour Gazette');
    expect(article.publishedAt).toBe('2026-03-14T08:30:00Z');
    expect(article.url).toBe('https://harbour-gazette.example/news/2026/03/flood-defences');
    expect(article.text).toContain('‘This is the largest single investment in our coastline');
    expect(article.text).toContain('“no community will be left behind”');
    expect(article.text).not.toContain('should never run');
    expect(article.text).not.toContain('All rights reserved');
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('decodes a page by its declared Windows-1252 charset, keeping £ and curly quotes', () => {
    const page = fixture('saved-page.html')
      .toString()
      .replace('<meta charset="utf-8" />', '<meta charset="windows-1252" />');
    const special: Record<string, number> = {
      '£': 0xa3,
      '‘': 0x91,
      '’': 0x92,
      '“': 0x93,
      '”': 0x94,
      '©': 0xa9,
    };
    const bytes = Uint8Array.from([...page], (c) => special[c] ?? c.charCodeAt(0));
    const outcome = extractBytes({ name: 'old.htm', bytes }, parse);
    if (outcome.kind !== 'ok') throw new Error(outcome.reason);
    expect(outcome.article.title).toBe('Ministers promise £200m for coastal flood defences');
    expect(outcome.article.text).toContain('‘This is the largest single investment');
    expect(outcome.article.text).toContain('“no community will be left behind”');
  });

  it('says so when a page has no article', () => {
    const outcome = extractBytes({ name: 'x.htm', bytes: fixture('no-article.html') }, parse);
    expect(outcome).toEqual({
      kind: 'failed',
      reason: 'No article found in this page (it may be an index, a form or an empty page).',
    });
  });

  it('survives malformed HTML', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const outcome = extractHtmlArticle(
      parse(`<html><body><div><p>${words}<p><b>unclosed <i>tags</div></td></table>`),
    );
    expect(outcome.kind).toBe('ok');
    if (outcome.kind === 'ok') expect(outcome.article.text).toContain('word59');
  });

  it('turns blocks into paragraphs and br into line breaks', () => {
    const doc = parse(
      '<div><h2>Head</h2><p>One  <b>bold</b>\n word</p><p>a<br>b</p><ul><li>x</li><li>y</li></ul></div>',
    );
    const div = doc.querySelector('div');
    if (!div) throw new Error('no div');
    expect(htmlToText(div)).toBe('Head\n\nOne bold word\n\na\nb\n\nx\n\ny');
  });

  it('refuses files it does not read and files that are too large', () => {
    expect(extractBytes({ name: 'a.pdf', bytes: new Uint8Array([1]) }, parse)).toEqual({
      kind: 'failed',
      reason: 'Verso imports .txt, .md and .html files, not .pdf.',
    });
    // A file with no extension is said so, not "not without an extension".
    expect(extractBytes({ name: 'README', bytes: new Uint8Array([0x61]) }, parse)).toEqual({
      kind: 'failed',
      reason: 'Verso imports .txt, .md and .html files; this one has no extension.',
    });
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(extractBytes({ name: 'big.txt', bytes: big }, parse)).toEqual({
      kind: 'failed',
      reason: 'It is 50.0 MB; Verso imports articles up to 10.0 MB.',
    });
  });

  it('reads the text of 20,000 nested divs without overflowing the stack', () => {
    const depth = 20_000;
    const html = `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}<p>After.</p></body></html>`;
    const body = parse(html).body;
    if (!body) throw new Error('no body');
    expect(htmlToText(body)).toBe('Deep text.\n\nAfter.');
  });

  it('imports a page of 20,000 nested divs, as the app does, without overflowing', () => {
    const depth = 20_000;
    const para = 'Residents said the decision had been taken without any public consultation. ';
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${para.repeat(8)}</p>${'</div>'.repeat(depth)}</body></html>`;
    const outcome = extractBytes(
      { name: 'deep.html', bytes: new TextEncoder().encode(html) },
      parse,
    );
    if (outcome.kind !== 'ok') throw new Error(outcome.reason);
    expect(outcome.article.text).toContain('without any public consultation');
  });

  it('says in words why a fragment with no document root cannot be read', () => {
    const outcome = extractBytes(
      { name: 'bare.html', bytes: new TextEncoder().encode('<p>Too short to be news.</p>') },
      parse,
    );
    expect(outcome.kind).toBe('failed');
    if (outcome.kind === 'failed')
      expect(outcome.reason).not.toMatch(/Readability|constructor|argument/i);
  });
});
