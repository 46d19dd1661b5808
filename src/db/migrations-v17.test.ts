import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { findNearCopy } from './near-copies';
import { deriveFingerprintRecord, storedFingerprints } from './derive';
import { warmSketches } from './sketch-index';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';
import { nearCopyText, sampleText } from '../../tests/support/near-copy-texts';

// One paper's articles: a near copy is offered only as a version of its own source's article.
const ledger = 'Daily Ledger';

describe('addSketchPacks (v16 → v17)', () => {
  it('adds an empty sketchPacks store, keeps every sketch row, and the first load packs them', async () => {
    const name = `migrate-v17-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 16);
    await old.open();
    const articles = [
      makeArticle(0, { id: 'earlier', text: sampleText, source: ledger }),
      makeArticle(1, { id: 'copy', text: nearCopyText, source: ledger }),
      ...Array.from({ length: 1100 }, (_, i) => makeArticle(i + 2)),
    ];
    const derived = articles.map(deriveFingerprintRecord);
    await old.table('articles').bulkAdd(articles);
    await old.table('fingerprints').bulkAdd(derived.map(storedFingerprints));
    await old
      .table('sketches')
      .bulkAdd(
        derived.map((d) => ({ articleId: d.articleId, sketch: Uint32Array.from(d.sketch) })),
      );
    old.close();

    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBe(new ArchiveDatabase('unopened').verno);
    expect(await db.sketches.count()).toBe(1102);
    expect(await db.sketchPacks.count()).toBe(0);
    expect(await warmSketches(db)).toBe(1102);
    expect((await db.sketchPacks.toArray()).map((p) => p.ids.length)).toEqual([1000]);
    expect((await findNearCopy(db, 'copy'))?.articleId).toBe('earlier');
    db.close();
    await db.delete();
  });
});
