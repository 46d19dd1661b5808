import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { storeArticle } from './store-article';
import { makeArticle } from '../../tests/support/test-articles';
import { contentHashOf } from '../core/extract/content-hash';
import type { ArticleRecord } from './records';

const opened: ArchiveDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await new ArchiveDatabase(name).delete();
});

let name = '';
/** A connection that counts its reads of the kept counts (`facets`), where the names come from. */
async function connect(reads: { count: number }): Promise<ArchiveDatabase> {
  const counting: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'CountFacetReads',
    create: (down) => ({
      ...down,
      table(table) {
        const inner = down.table(table);
        if (table !== 'facets') return inner;
        return { ...inner, query: (req) => (reads.count++, inner.query(req)) };
      },
    }),
  };
  const db = new ArchiveDatabase(name);
  db.use(counting);
  await db.open();
  opened.push(db);
  return db;
}

const story = (i: number, source: string, title: string, text: string): ArticleRecord =>
  makeArticle(i, { source, title, url: '', urlKey: '', text, contentHash: contentHashOf(text) });

describe('the store plan’s source names', () => {
  it('are read once while only this connection writes, and still find a version', async () => {
    name = `source-names-${crypto.randomUUID()}`;
    const reads = { count: 0 };
    const db = await connect(reads);
    const papers = ['Daily Ledger', 'Morning Post', 'Evening Courier', 'Harbour Gazette'];
    for (const [i, paper] of papers.entries())
      await storeArticle(
        db,
        story(i, paper, `Headline ${i}`, `Text of story ${i} in ${paper}.`),
        false,
      );
    const read = reads.count;
    expect(read).toBeGreaterThan(0);
    // A version under another spelling of a paper stored above: found from the kept names.
    const later = await storeArticle(
      db,
      story(9, 'dailyledger.example', 'Headline 0', 'Text of story 0 in Daily Ledger, updated.'),
      false,
    );
    expect(later.kind).toBe('new-version');
    expect(reads.count).toBe(read);
  });

  it('are read anew after another connection stores a spelling', async () => {
    name = `source-names-${crypto.randomUUID()}`;
    const a = await connect({ count: 0 });
    const b = await connect({ count: 0 });
    await storeArticle(a, story(1, 'Morning Post', 'Ferry cut', 'The ferry will stop.'), false);
    await storeArticle(b, story(2, 'dailyledger.example', 'Rail', 'The line will reopen.'), false);
    const version = await storeArticle(
      a,
      story(3, 'Daily Ledger', 'Rail', 'The line will reopen in May.'),
      false,
    );
    expect(version.kind).toBe('new-version');
  });
});
