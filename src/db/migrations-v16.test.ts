import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { deriveFingerprintRecord } from './derive';
import { findNearCopy } from './near-copies';
import { storeArticle } from './store-article';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';
import { nearCopyText, sampleText } from '../../tests/support/near-copy-texts';

describe('moveSketchesToTheirStore (v15 → v16)', () => {
  it('copies every stored sketch into its own row, so near copies of older articles are still found', async () => {
    const name = `migrate-v16-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 15);
    await old.open();
    // More rows than one step of the upgrade reads, and one text too short to have a sketch.
    const articles = [
      makeArticle(0, { id: 'earlier', text: sampleText }),
      makeArticle(1, { id: 'copy', text: nearCopyText }),
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
    await storeArticle(db, makeArticle(700, { text: nearCopyText.replace('Healey', 'He') }), false);
    expect((await db.fingerprints.get('article-000700'))?.sketch).toBeUndefined();
    expect(await db.sketches.where('articleId').equals('article-000700').count()).toBe(1);
    await db.delete();
  });
});
