import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { storeArticle, storeArticles } from './store-article';
import { makeArticle } from '../../tests/support/test-articles';
import { contentHashOf } from '../core/extract/content-hash';
import type { ArticleRecord } from './records';

const opened: ArchiveDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function fresh(): Promise<ArchiveDatabase> {
  const db = await openArchive(`versions-publisher-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

// One story as a paper printed it at 9 and revised it at noon, each capture under its own
// article id, story and (where a page named no site) spelling of the paper.
const capture = (i: number, source: string, text: string): ArticleRecord =>
  makeArticle(i, {
    source,
    title: 'Harbour wall to be rebuilt',
    url: '',
    urlKey: '',
    text,
    contentHash: contentHashOf(text),
  });
const morning = 'The council agreed on Tuesday to rebuild the harbour wall before winter.';
const noon = `${morning} The work will start in March, the council said at noon.`;

describe('versions by publisher and title', () => {
  it('sees a new version filed under another spelling of its publisher', async () => {
    const db = await fresh();
    const first = await storeArticle(db, capture(1, 'Daily Ledger', morning), false);
    const later = await storeArticle(
      db,
      capture(2, 'https://www.dailyledger.example/', noon),
      false,
    );
    expect([first.kind, later.kind]).toEqual(['added', 'new-version']);
    const stored = await db.articles.bulkGet([makeArticle(1).id, makeArticle(2).id]);
    expect(stored[1]?.storyId).toBe(stored[0]?.storyId);
    // A third spelling, the bare host, joins the same story.
    const third = await storeArticle(db, capture(3, 'dailyledger.example', `${noon} More.`), false);
    expect(third.kind).toBe('new-version');
  });

  it('sees it within one group of writes as well', async () => {
    const db = await fresh();
    const outcomes = await storeArticles(db, [
      { record: capture(1, 'dailyledger.example', morning), derivedTitle: false },
      { record: capture(2, 'Daily Ledger', noon), derivedTitle: false },
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['added', 'new-version']);
  });

  it('keeps another paper with the same headline apart', async () => {
    const db = await fresh();
    await storeArticle(db, capture(1, 'Daily Ledger', morning), false);
    const other = await storeArticle(db, capture(2, 'eveningcourier.example', noon), false);
    const renamed = await storeArticle(
      db,
      capture(3, 'Daily Ledger Weekly', `${noon} Week.`),
      false,
    );
    expect([other.kind, renamed.kind]).toEqual(['added', 'added']);
  });
});
