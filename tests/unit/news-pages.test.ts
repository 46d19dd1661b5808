import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/core/extract/extract-bytes';
import { parseHtmlWithLinkedom } from '../../src/core/extract/linkedom-parser';
import { loadNewsPages, newsPageBytes, newsPageExpected } from '../support/news-pages';
import { scoreText } from '../support/text-score';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

// The second extraction dev set, read from its bytes as the app's extraction worker reads a
// page. Every snippet expectation that holds today is asserted, and a page with a hand-checked
// whole text must keep its text F1 at or above today's figure, so a change that loses article
// text or lets page furniture back in fails here; today's misses are listed per page.
describe('news pages dev set', () => {
  for (const page of loadNewsPages()) {
    it(`${page.file} (${page.lang}): article kept, furniture out, title right`, () => {
      const outcome = extractBytes(
        { name: page.file, bytes: newsPageBytes(page) },
        parseHtmlWithLinkedom,
      );
      if (outcome.kind !== 'ok') throw new Error(outcome.reason);
      const text = squash(outcome.article.text);
      const known = new Set(page.knownMisses ?? []);
      for (const snippet of page.with.filter((s) => !known.has(s)))
        expect(text, `missing: ${snippet}`).toContain(squash(snippet));
      for (const snippet of page.without.filter((s) => !known.has(s)))
        expect(text, `leaked: ${snippet}`).not.toContain(squash(snippet));
      if (page.title && !page.titleMiss) expect(outcome.article.title).toBe(page.title);
      const want = newsPageExpected(page);
      if (want !== undefined)
        expect(scoreText(outcome.article.text, want).f1).toBeGreaterThanOrEqual(
          page.minTextF1 ?? 1,
        );
    });
  }
});
