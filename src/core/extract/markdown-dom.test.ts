import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeDom } from '../../../tests/support/node-dom';
import { sanitiseArticleHtml } from '../../import/sanitise-html';
import { answerExtract } from './extract-protocol';
import { parseHtmlWithLinkedom } from './linkedom-parser';
import { extractMarkdown } from './markdown-article';
import { markdownToHtml } from './markdown-text';

const hostile = [
  '# Harbour minutes',
  '',
  'The council met on Tuesday to hear the <span onclick="track(1)">harbour plan</span> read aloud.',
  '',
  '<img src=x onerror=alert(1)><base href="https://elsewhere.example/">',
  '',
  '<div onmouseover="alert(2)">The gallery was full again.</div>',
  '',
  // linkedom reads this <style> as raw text; the browser reads an <img onerror> (DOMPurify vector).
  'Read <svg></p><math><title><style><img src=x onerror=alert(1)></style></title> twice.',
].join('\n');

const htmlOf = (md: string, parse = parseHtmlWithLinkedom): string => {
  const outcome = extractMarkdown(md, parse);
  if (outcome.kind !== 'ok') throw new Error(outcome.reason);
  return outcome.article.html;
};

describe('Markdown raw HTML read in the extractor DOM', () => {
  it('loses its event handlers and <base>, keeping the rest', () => {
    const html = htmlOf(hostile);
    expect(html).not.toMatch(/onclick|onerror|onmouseover|<base/i);
    expect(html).toContain('<span>harbour plan</span>');
    expect(html).toContain('<img src="x">');
    expect(html).toContain('The gallery was full again.');
  });

  it('is what the extraction worker answers for a Markdown request', () => {
    const reply = answerExtract(
      { id: 7, html: hostile, url: '', format: 'md' },
      parseHtmlWithLinkedom,
    );
    expect(reply.outcome).toMatchObject({ kind: 'ok', article: { format: 'md' } });
    if (reply.outcome.kind === 'ok') expect(reply.outcome.article.html).not.toMatch(/on\w+=/i);
  });

  it('leaves benign Markdown as it was: the READMEs installed here with raw HTML', () => {
    const readmes = readdirSync('node_modules')
      .map((name) => `node_modules/${name}/README.md`)
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path, 'utf8'))
      .filter((md) => /<[a-z]/i.test(md));
    expect(readmes.length).toBeGreaterThan(100);
    const window = nodeDom.sanitiseWindow;
    let throughDom = 0;
    for (const md of readmes) {
      const before = markdownToHtml(md.replace(/^\uFEFF/, ''));
      const outcome = extractMarkdown(md);
      if (outcome.kind !== 'ok') continue;
      const after = htmlOf(md);
      if (!before.activeHtml) expect(after).toBe(outcome.article.html);
      else {
        // Read through the DOM: the sanitised HTML the reader keeps is the same.
        throughDom++;
        expect(sanitiseArticleHtml(after, { window })).toBe(
          sanitiseArticleHtml(outcome.article.html, { window }),
        );
      }
    }
    expect(throughDom).toBeGreaterThan(0);
  });
});
