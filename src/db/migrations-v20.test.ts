import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { storeArticles } from './store-article';
import type { ArticleRecord } from './records';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';
import { urlKeyOf } from '../core/extract/normalise-url';

// A page fetched by a short link that redirected to the paper, its canonical link a slug that
// the paper later changed with the headline.
const fetched = (i: number, overrides: Partial<ArticleRecord> = {}): ArticleRecord =>
  makeArticle(i, {
    url: 'https://coastgazette.example/news/council-passes-budget',
    urlKey: urlKeyOf('https://coastgazette.example/news/council-passes-budget'),
    origin: {
      kind: 'url',
      format: 'html',
      url: 'https://short.example/b1?utm_source=feed',
      finalUrl: 'https://www.coastgazette.example/news/12345',
    },
    ...overrides,
  });

describe('upgrade to v20: the addresses articles were fetched by, indexed', () => {
  it('gives a v19 archive’s fetched articles their urlKeys, and a recapture under a new canonical joins its story', async () => {
    const name = `v20-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 19);
    await old.open();
    const page = fetched(1);
    const asked = makeArticle(2, {
      origin: { kind: 'url', format: 'txt', url: 'https://ledger.example/wire/7' },
    });
    await old.table('articles').bulkAdd([page, asked, makeArticle(3)]);
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    try {
      const keys = async (id: string) => (await db.articles.get(id))?.urlKeys;
      expect(await keys(page.id)).toEqual([
        'https://short.example/b1',
        'https://coastgazette.example/news/12345',
      ]);
      expect(await keys(asked.id)).toEqual(['https://ledger.example/wire/7']);
      // A file names no address it was fetched by: no field, left out of the index.
      expect(await keys(makeArticle(3).id)).toBeUndefined();
      const at = (url: string) => db.articles.where('urlKeys').equals(urlKeyOf(url)).primaryKeys();
      expect(await at('http://www.coastgazette.example/news/12345/')).toEqual([page.id]);
      expect(await at('https://ledger.example/wire/7#top')).toEqual([asked.id]);

      // The paper edits the story and its slug: the short link, asked again, is the same page.
      const recapture = fetched(4, {
        text: `${page.text} The vote was later confirmed.`,
        contentHash: 'edited',
        url: 'https://coastgazette.example/news/council-budget-confirmed',
        urlKey: urlKeyOf('https://coastgazette.example/news/council-budget-confirmed'),
        urlKeys: ['https://short.example/b1', 'https://coastgazette.example/news/12345'],
        title: 'Council budget confirmed',
        source: 'Nowhere in particular',
      });
      const [outcome] = await storeArticles(db, [{ record: recapture, derivedTitle: false }]);
      expect(outcome?.kind).toBe('new-version');
      expect((await db.articles.get(recapture.id))?.storyId).toBe(page.storyId);
      // Another page of the paper, fetched by its own address, is no version of it.
      const other = fetched(5, {
        contentHash: 'other',
        url: 'https://coastgazette.example/news/other',
        urlKey: 'https://coastgazette.example/news/other',
        urlKeys: ['https://coastgazette.example/news/other'],
        title: 'Another story',
        source: 'Nowhere in particular',
        origin: { kind: 'url', format: 'html', url: 'https://coastgazette.example/news/other' },
      });
      const [second] = await storeArticles(db, [{ record: other, derivedTitle: false }]);
      expect(second?.kind).toBe('added');
    } finally {
      await db.delete();
    }
  });
});
