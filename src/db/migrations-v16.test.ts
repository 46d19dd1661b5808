import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { deriveFingerprintRecord } from './derive';
import { findNearCopy } from './near-copies';
import { storeArticle } from './store-article';
import { moveOlderSketches, moveSketchStep, sketchesToMove } from './sketch-move';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';
import { nearCopyText, sampleText } from '../../tests/support/near-copy-texts';

// One paper's articles: a near copy is offered only as a version of its own source's article.
const ledger = 'Daily Ledger';

describe('markSketchesToMove (v15 → v16) and moving the older sketches after it', () => {
  it('the upgrade only marks; the move copies every stored sketch into its own row, so near copies of older articles are still found', async () => {
    const name = `migrate-v16-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 15);
    await old.open();
    // More rows than one step of the upgrade reads, and one text too short to have a sketch.
    const articles = [
      makeArticle(0, { id: 'earlier', text: sampleText, source: ledger }),
      makeArticle(1, { id: 'copy', text: nearCopyText, source: ledger }),
      makeArticle(2, { id: 'short', text: 'Too short.' }),
      ...Array.from({ length: 600 }, (_, i) => makeArticle(i + 3)),
    ];
    await old.table('articles').bulkAdd(articles);
    await old.table('fingerprints').bulkAdd(articles.map(deriveFingerprintRecord));
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBe(new ArchiveDatabase('unopened').verno);
    expect(await db.articles.count()).toBe(603);
    expect(await db.fingerprints.count()).toBe(603);
    // The upgrade read no fingerprint row: the sketches are still to move.
    expect(await db.sketches.count()).toBe(0);
    expect(await sketchesToMove(db)).toBe(true);
    const seen: number[] = [];
    expect(await moveOlderSketches(db, (p) => seen.push(p.done))).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(await sketchesToMove(db)).toBe(false);
    const rows = await db.sketches.toArray();
    expect(rows).toHaveLength(602);
    expect(new Set(rows.map((r) => r.articleId)).has('short')).toBe(false);
    const earlier = await db.fingerprints.get('earlier');
    const row = rows.find((r) => r.articleId === 'earlier');
    expect([...(row?.sketch ?? [])]).toEqual(earlier?.sketch);
    // The older rows keep their sketch; the near-copy check finds the older article from its row.
    expect(db.fingerprints.schema.indexes.map((i) => i.name)).toEqual(['contentHash', 'sketch']);
    expect((await findNearCopy(db, 'copy'))?.articleId).toBe('earlier');
    // A row written now carries no sketch (nothing added to the old index); its own row does.
    await storeArticle(
      db,
      makeArticle(700, { text: nearCopyText.replace('Healey', 'He'), source: ledger }),
      false,
    );
    expect((await db.fingerprints.get('article-000700'))?.sketch).toBeUndefined();
    expect(await db.sketches.where('articleId').equals('article-000700').count()).toBe(1);
    await db.delete();
  });

  it('moves a step at a time, resumes where it stopped after a reopen, and copies no sketch twice', async () => {
    const name = `migrate-v16-steps-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 15);
    await old.open();
    const articles = Array.from({ length: 250 }, (_, i) => makeArticle(i));
    await old.table('articles').bulkAdd(articles);
    await old.table('fingerprints').bulkAdd(articles.map(deriveFingerprintRecord));
    old.close();

    const first = new ArchiveDatabase(name);
    await first.open();
    expect(await moveSketchStep(first, 100)).toBe(100);
    // An article stored mid-way has its own row already; a stopped move keeps its place.
    await storeArticle(first, makeArticle(900, { id: 'article-000050x' }), false);
    const stop = new AbortController();
    stop.abort();
    expect(await moveOlderSketches(first, undefined, stop.signal)).toBe(false);
    expect(await first.sketches.count()).toBe(101);
    first.close();

    const again = new ArchiveDatabase(name);
    await again.open();
    expect(await moveOlderSketches(again)).toBe(true);
    const ids = (await again.sketches.toArray()).map((r) => r.articleId);
    expect(ids).toHaveLength(251);
    expect(new Set(ids).size).toBe(251);
    await again.delete();
  });
});
