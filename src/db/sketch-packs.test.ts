import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase, openArchive } from './database';
import { findNearCopies, type NearCopyOf } from './near-copies';
import { currentSketches, setSketchLoadOptions, warmSketches } from './sketch-index';
import { storeArticle } from './store-article';
import { rebuildDerivedData } from './derive';
import { makeArticle } from '../../tests/support/test-articles';
import { nearCopyText, sampleText } from '../../tests/support/near-copy-texts';

// One paper's articles: a near copy is offered only as a version of its own source's article.
const ledger = 'Daily Ledger';

// Sketch rows made up (no articles behind them), 16 values each, none shared with real texts.
const filler = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    articleId: `filler-${from + i}`,
    sketch: Uint32Array.from({ length: 16 }, (_, k) => 7 + (from + i) * 16 + k),
  }));

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`packs-${crypto.randomUUID()}`);
});
afterEach(async () => {
  setSketchLoadOptions({});
  db.close();
  await db.delete();
});

/** A second connection to the same archive: a fresh derive worker's, with nothing held. */
async function freshConnection(): Promise<ArchiveDatabase> {
  const other = new ArchiveDatabase(db.name);
  await other.open();
  return other;
}

describe('sketch packs (schema v17)', () => {
  it('packs the rows a load reads a thousand to a row, and the next load takes them from the packs', async () => {
    await db.sketches.bulkAdd(filler(0, 2500));
    expect(await warmSketches(db)).toBe(2500);
    const packs = await db.sketchPacks.toArray();
    expect(packs.map((p) => p.ids.length)).toEqual([1000, 1000]);
    const rows = await db.sketches.orderBy(':id').toArray();
    expect(packs.map((p) => p.last)).toEqual([rows[999]?.seq, rows[1999]?.seq]);
    expect(packs[1]?.ids[0]).toBe('filler-1000');
    expect([...(packs[1]?.values.subarray(0, 16) ?? [])]).toEqual([...(rows[1000]?.sketch ?? [])]);

    // Rows the packs hold are not read again: with them gone from `sketches`, a fresh load still
    // has every sketch (from the packs), and reads only the 500 rows after them.
    await db.sketches
      .where(':id')
      .belowOrEqual(packs[1]?.last ?? 0)
      .delete();
    const other = await freshConnection();
    const table = await currentSketches(other);
    expect(table.size).toBe(2500);
    expect([...(table.sketchOf('filler-1500') ?? [])]).toEqual([...(rows[1500]?.sketch ?? [])]);
    expect([...(table.sketchOf('filler-2400') ?? [])]).toEqual([...(rows[2400]?.sketch ?? [])]);
    expect(table.matches(rows[1234]?.sketch ?? [], () => false)).toEqual([
      { id: 'filler-1234', shared: 16 },
    ]);
    other.close();
  });

  it('packs the rows written after the load as they come, once there are a thousand', async () => {
    await db.sketches.bulkAdd(filler(0, 900));
    await warmSketches(db);
    expect(await db.sketchPacks.count()).toBe(0);
    await db.sketches.bulkAdd(filler(900, 300));
    // An update reads the rows after the last seen, and packs the first thousand.
    expect((await currentSketches(db)).size).toBe(1200);
    const packs = await db.sketchPacks.toArray();
    expect(packs.map((p) => p.ids.length)).toEqual([1000]);
    expect(packs[0]?.ids.at(-1)).toBe('filler-999');
  });

  it('a newer sketch of an article replaces the packed one; a rebuild clears the packs', async () => {
    await storeArticle(
      db,
      makeArticle(1, { id: 'earlier', text: sampleText, source: ledger }),
      false,
    );
    await db.sketches.bulkAdd(filler(0, 1200));
    await warmSketches(db);
    expect(await db.sketchPacks.count()).toBe(1);
    await rebuildDerivedData(db);
    expect(await db.sketchPacks.count()).toBe(0);
    // The rebuild wrote the article's sketch anew (a higher row number): a fresh load has it.
    const other = await freshConnection();
    const table = await currentSketches(other);
    expect(table.sketchOf('earlier')).toEqual(
      (await db.sketches.get({ articleId: 'earlier' }))?.sketch,
    );
    other.close();
  });

  it('articles stored while the sketches are loading are still checked, told or read', async () => {
    await db.sketches.bulkAdd(filler(0, 450));
    const worker = await freshConnection();
    // The worker loads 100 rows per read; after its first read an import stores an article and
    // two near copies of it (through the page's connection), as it would while the load goes on.
    const checks: Promise<NearCopyOf[]>[] = [];
    let reads = 0;
    setSketchLoadOptions({
      chunkRows: 100,
      afterChunk: async () => {
        if (++reads !== 1) return;
        const texts = [sampleText, nearCopyText, nearCopyText.replace('Healey', 'Mr Healey')];
        for (const [i, id] of ['earlier', 'copy', 'copy2'].entries()) {
          const article = makeArticle(i, { id, text: texts[i] ?? '', source: ledger });
          const outcome = await storeArticle(db, article, false);
          if (outcome.kind !== 'added' || !outcome.sketch) throw new Error('not stored');
          // Asked as soon as it is stored, as an import asks: one check told its row, one not.
          if (id === 'copy')
            checks.push(findNearCopies(worker, id, (other) => other === 'copy2', outcome.sketch));
          if (id === 'copy2') checks.push(findNearCopies(worker, id, (other) => other === 'copy'));
        }
      },
    });
    // The checks wait for the load, then find the earlier article, stored after it began.
    expect(await warmSketches(worker)).toBe(453);
    expect(reads).toBeGreaterThan(2);
    const [first, second] = await Promise.all(checks);
    expect(first?.map((c) => c.articleId)).toEqual(['earlier']);
    expect(second?.map((c) => c.articleId)).toEqual(['earlier']);
    worker.close();
  });
});
