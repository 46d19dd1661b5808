import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { openArchive } from './database';
import { restoreArticles } from './articles';
import { sourcesOf } from './article-sources';
import { makeArticle } from '../../tests/support/test-articles';

it('gives the sources of the articles asked for, in order, undefined for one not archived', async () => {
  const db = await openArchive(`article-sources-${crypto.randomUUID()}`);
  const [a, b] = [makeArticle(1), makeArticle(2)];
  await restoreArticles(db, [
    { ...a, source: 'Daily Ledger' },
    { ...b, source: 'Morning Post' },
  ]);
  expect(await sourcesOf(db, [b.id, 'gone', a.id])).toEqual([
    'Morning Post',
    undefined,
    'Daily Ledger',
  ]);
  expect(await sourcesOf(db, [])).toEqual([]);
  db.close();
});
