import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/core/extract/extract-bytes';
import { parseHtmlWithLinkedom } from '../../src/core/extract/linkedom-parser';
import { loadNewsPages, newsPageHtml } from '../support/news-pages';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

// The second extraction dev set, read as the app's extraction worker reads a page. Every
// expectation that holds today is asserted, so a change that loses article text or lets page
// furniture back in fails here; the ones that fail today are listed per page as known misses.
describe('news pages dev set', () => {
  for (const page of loadNewsPages()) {
    it(`${page.file} (${page.lang}): article kept, furniture out, title right`, () => {
      const bytes = new TextEncoder().encode(newsPageHtml(page));
      const outcome = extractBytes({ name: page.file, bytes }, parseHtmlWithLinkedom);
      if (outcome.kind !== 'ok') throw new Error(outcome.reason);
      const text = squash(outcome.article.text);
      const known = new Set(page.knownMisses ?? []);
      for (const snippet of page.with.filter((s) => !known.has(s)))
        expect(text, `missing: ${snippet}`).toContain(squash(snippet));
      for (const snippet of page.without.filter((s) => !known.has(s)))
        expect(text, `leaked: ${snippet}`).not.toContain(squash(snippet));
      if (page.title) expect(outcome.article.title).toBe(page.title);
    });
  }
});
