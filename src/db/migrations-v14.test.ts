import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { deriveFingerprintRecord } from './derive';
import { findNearCopy } from './near-copies';
import { moveOlderSketches } from './sketch-move';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';
import { nearCopyText, sampleText } from '../../tests/support/near-copy-texts';
import { contentHashOf } from '../core/extract/content-hash';
import { sketchMarks } from '../core/near-copies/sketch';

// One paper's articles: a near copy is offered only as a version of its own source's article.
const ledger = 'Daily Ledger';

describe('addNearCopySketches (v11 → v14)', () => {
  it('sketches the fingerprints already stored, so an article archived before is found as near-copied', async () => {
    const name = `migrate-v14-${crypto.randomUUID()}`;
    const articles = [
      makeArticle(1, { text: sampleText, source: ledger, contentHash: contentHashOf(sampleText) }),
      makeArticle(2, {
        text: nearCopyText,
        source: ledger,
        contentHash: contentHashOf(nearCopyText),
      }),
      makeArticle(3),
    ];
    const old = archiveAsOf(name, 11);
    await old.open();
    await old.table('articles').bulkAdd(articles);
    // v11 rows: the fingerprints without a sketch.
    const rows = articles.map((a) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { sketch, ...row } = deriveFingerprintRecord(a);
      return row;
    });
    await old.table('fingerprints').bulkAdd(rows);
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(14);
    const upgraded = await db.fingerprints.orderBy('articleId').toArray();
    expect(upgraded.map((r) => r.articleId)).toEqual(articles.map((a) => a.id));
    upgraded.forEach((row, i) => {
      expect(row.fingerprints).toEqual(rows[i]?.fingerprints);
      expect(row.sketch).toEqual(sketchMarks(row.fingerprints.marks));
      expect(row.sketch?.length).toBeGreaterThan(0);
    });
    expect(await db.articles.count()).toBe(3);
    // v16 moves the sketches to their own rows after the upgrade (as the app does once open).
    expect(await moveOlderSketches(db)).toBe(true);
    const found = await findNearCopy(db, articles[1]?.id ?? '');
    expect(found?.articleId).toBe(articles[0]?.id);
    expect(found?.share).toBeGreaterThan(0.9);
    await db.delete();
  });
});
