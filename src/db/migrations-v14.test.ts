import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import {
  schemaV1,
  schemaV2,
  schemaV4,
  schemaV5,
  schemaV7,
  schemaV8,
  schemaV9,
  schemaV11,
} from './migrations';
import { deriveFingerprintRecord } from './derive';
import { schemaV10 } from './imported-clusters';
import { findNearCopy } from './near-copies';
import { makeArticle } from '../../tests/support/test-articles';
import { nearCopyText, sampleText } from '../../tests/support/near-copy-texts';
import { contentHashOf } from '../core/extract/content-hash';
import { sketchMarks } from '../core/near-copies/sketch';

/** Opens a database as a v11 build declared it (the version before v14). */
function v11(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores(schemaV1);
  old.version(2).stores(schemaV2);
  old.version(4).stores(schemaV4);
  old.version(5).stores(schemaV5);
  old.version(7).stores(schemaV7);
  old.version(8).stores(schemaV8);
  old.version(9).stores(schemaV9);
  old.version(10).stores(schemaV10);
  old.version(11).stores(schemaV11);
  return old;
}

describe('addNearCopySketches (v11 → v14)', () => {
  it('sketches the fingerprints already stored, so an article archived before is found as near-copied', async () => {
    const name = `migrate-v14-${crypto.randomUUID()}`;
    const articles = [
      makeArticle(1, { text: sampleText, contentHash: contentHashOf(sampleText) }),
      makeArticle(2, { text: nearCopyText, contentHash: contentHashOf(nearCopyText) }),
      makeArticle(3),
    ];
    const old = v11(name);
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
      expect(row.sketch.length).toBeGreaterThan(0);
    });
    expect(await db.articles.count()).toBe(3);
    const found = await findNearCopy(db, articles[1]?.id ?? '');
    expect(found?.articleId).toBe(articles[0]?.id);
    expect(found?.share).toBeGreaterThan(0.9);
    await db.delete();
  });
});
