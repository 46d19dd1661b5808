import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { deleteArticles, updateArticle } from './articles';
import { listArticles } from './list-articles';
import { listSourceFacets } from './source-facets';
import { writeArticles } from './write-articles';
import { searchArticles } from '../ui/data/search';
import { makeArticle } from '../../tests/support/test-articles';

const opened: ArchiveDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

// One paper as pages name it: its site name, its host where a page named no site, and its
// address where a file's front matter gave one; and two other papers.
const spellings = ['Daily Ledger', 'dailyledger.example', 'https://www.dailyledger.example/'];

async function archiveOfPapers(): Promise<ArchiveDatabase> {
  const db = await openArchive(`source-facets-${crypto.randomUUID()}`);
  opened.push(db);
  await writeArticles(db, [
    ...[0, 1, 2, 3, 4].map((i) => makeArticle(i, { source: spellings[i % 3] ?? '' })),
    makeArticle(5, { source: 'Morning Post' }),
    makeArticle(6, { source: 'morningpost.example' }),
    makeArticle(7, { source: 'Evening Courier' }),
    makeArticle(8, { source: '' }),
  ]);
  return db;
}

const entries = async (db: ArchiveDatabase) =>
  (await listSourceFacets(db)).map(({ name, count, spellings: s }) => ({
    name,
    count,
    spellings: [...s].sort(),
  }));

describe('the source facet (one entry per publisher)', () => {
  it('lists a publisher stored under several spellings once, counting the articles under all of them', async () => {
    const db = await archiveOfPapers();
    expect(await entries(db)).toEqual([
      { name: 'Daily Ledger', count: 5, spellings: [...spellings].sort() },
      { name: 'Evening Courier', count: 1, spellings: ['Evening Courier'] },
      { name: 'Morning Post', count: 2, spellings: ['Morning Post', 'morningpost.example'] },
    ]);
  });

  it('follows the writes: an edit or a delete moves the counts without a recount', async () => {
    const db = await archiveOfPapers();
    await updateArticle(db, makeArticle(7).id, { source: 'eveningcourier.example' });
    await deleteArticles(db, [makeArticle(0).id, makeArticle(6).id]);
    expect(await entries(db)).toEqual([
      { name: 'Daily Ledger', count: 4, spellings: [...spellings].sort() },
      { name: 'eveningcourier.example', count: 1, spellings: ['eveningcourier.example'] },
      { name: 'Morning Post', count: 1, spellings: ['Morning Post'] },
    ]);
  });

  it('filters the library and the search by the publisher under every spelling, and by it alone', async () => {
    const db = await archiveOfPapers();
    const ledger = [0, 1, 2, 3, 4].map((i) => makeArticle(i).id);
    const listed = await listArticles(db, 'title-asc', { source: 'Daily Ledger' }, 0, 50);
    expect(listed.total).toBe(5);
    expect(listed.items.map((a) => a.id).sort()).toEqual(ledger);
    // Chosen under another of its spellings, the filter means the same publisher.
    const byHost = await listArticles(db, 'imported-desc', { source: 'dailyledger.example' });
    expect(byHost.items.map((a) => a.id).sort()).toEqual(ledger);
    const hits = await searchArticles(db, 'ministers', { source: 'Daily Ledger' }, 100);
    expect(hits.map((h) => h.article.id).sort()).toEqual(ledger);
    const post = await listArticles(db, 'title-asc', { source: 'Morning Post' });
    expect(post.items.map((a) => a.source).sort()).toEqual(['Morning Post', 'morningpost.example']);
  });
});
