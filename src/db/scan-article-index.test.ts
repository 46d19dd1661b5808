import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterRecord } from './cluster-records';
import { readClusterScan, storeClusterScan } from './cluster-store';
import { openArchive, type ArchiveDatabase } from './database';
import { clusterRecord } from '../../tests/support/cluster-record';
import { indexRows, indexRowsSliced, readScanFor } from './scan-article-index';
import { SLICE_WEIGHT } from './in-slices';
import { splitScan } from './scan-pieces';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`scan-index-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const cluster = (id: string, docs: readonly string[]): ClusterRecord =>
  clusterRecord(
    id,
    docs.map((doc, k) => [doc, k, k + 40]),
  );

// A wire story in 2,500 articles (three pieces of 1,000 copies), a pair before it and a pair after.
const wire = Array.from({ length: 2500 }, (_, i) => `wire-${i}`);
const clusters = [
  cluster('pair-before', ['a', 'b']),
  cluster('wire', wire),
  cluster('pair-after', ['c', 'wire-2499']),
];

describe('readScanFor', () => {
  it('reads one article’s clusters whole, not the rest of the scan', async () => {
    await storeClusterScan(db, { key: 'k', version: 'v', computedAt: '', clusters }, []);
    const last = await readScanFor(db, 'k', 'v', 'wire-2499');
    const mine = last?.clusters.filter((c) => c.passages.some((p) => p.doc === 'wire-2499'));
    expect(mine?.map((c) => [c.id, c.passages.length])).toEqual([
      ['wire', 2500],
      ['pair-after', 2],
    ]);
    const a = await readScanFor(db, 'k', 'v', 'a');
    expect(a?.clusters.map((c) => c.id)).not.toContain('pair-after');
    expect(a?.clusters.find((c) => c.id === 'pair-before')?.passages).toHaveLength(2);
    // Every cluster an article is in is what the whole scan has for it.
    const whole = await readClusterScan(db, 'k', 'v');
    const own = (await readScanFor(db, 'k', 'v', 'c'))?.clusters.find((c) => c.id === 'pair-after');
    expect(own).toEqual(whole?.clusters.find((c) => c.id === 'pair-after'));
  });

  it('is a miss when the scan is stale or was stored without an index', async () => {
    await storeClusterScan(db, { key: 'k', version: 'v', computedAt: '', clusters }, []);
    expect(await readScanFor(db, 'k', 'other', 'a')).toBeUndefined();
    await db.clusterScans.clear();
    await db.clusterScans.put({ key: 'k', version: 'v', computedAt: '', clusters });
    expect(await readScanFor(db, 'k', 'v', 'a')).toBeUndefined();
    expect(await readClusterScan(db, 'k', 'v')).toBeDefined();
  });

  it('gives an article in no cluster no clusters', async () => {
    await storeClusterScan(db, { key: 'k', version: 'v', computedAt: '', clusters }, []);
    expect((await readScanFor(db, 'k', 'v', 'nowhere'))?.clusters).toEqual([]);
  });
});

describe('indexRowsSliced', () => {
  it('files every article in the same rows as indexRows', async () => {
    // More copies and articles than one slice holds, so it pauses along the way.
    const many = Array.from({ length: SLICE_WEIGHT + 100 }, (_, i) => `many-${i}`);
    const scan = {
      key: 'k',
      version: 'v',
      computedAt: '',
      clusters: [...clusters, cluster('many', many), cluster('some', many.slice(0, 40))],
    };
    const { pieces } = splitScan(scan);
    const sliced = await indexRowsSliced(scan, pieces);
    expect(sliced).toEqual(indexRows(scan, pieces));
    expect(sliced.length).toBeGreaterThan(1);
  });
});
