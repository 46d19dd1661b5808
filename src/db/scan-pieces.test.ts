import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterRecord, ClusterScanRecord } from './cluster-records';
import { readArticleReuse, readClusterScan, storeClusterScan } from './cluster-store';
import { openArchive, type ArchiveDatabase } from './database';
import { SLICE_WEIGHT } from './in-slices';
import { joinScan, joinScanSliced, piecePassages, splitScan, splitScanSliced } from './scan-pieces';

const cluster = (id: string, copies: number): ClusterRecord => ({
  id,
  kind: 'across',
  passages: Array.from({ length: copies }, (_, i) => ({
    doc: `${id}-doc-${i}`,
    start: i,
    end: i + 40,
    similarity: 0.9,
    source: `Source ${i % 7}`,
    date: Date.UTC(2025, 0, 1) + i * 60_000,
    imported: false,
  })),
  representative: 0,
  origin: 0,
  size: copies,
  similarity: 0.9,
  words: 40,
  sources: 7,
  boilerplate: false,
  articles: copies,
  excerpt: `Excerpt of ${id}`,
});

// A wire story past two pieces' worth of copies among small clusters, as an archive-wide scan has.
const scan: ClusterScanRecord = {
  key: '8:0.5',
  version: 'v/rev3',
  computedAt: '2026-03-01T10:00:00.000Z',
  skipped: [{ articleId: 'x', title: 'Damaged', reason: 'damaged' }],
  clusters: [cluster('a', 3), cluster('wire', 2_500), cluster('b', 999), cluster('c', 2)],
};

describe('a stored cluster scan in pieces', () => {
  it('splits into pieces of at most so many passages and joins back to the same scan', () => {
    const { head, pieces } = splitScan(scan, 1_000);
    expect(head.clusters).toEqual([]);
    expect(head.pieces).toBe(pieces.length);
    const sizes = pieces.map((p) => p.clusters.reduce((n, c) => n + c.passages.length, 0));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1_000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(3 + 2_500 + 999 + 2);
    expect(joinScan(head, pieces)).toEqual(scan);
    const empty = splitScan({ ...scan, clusters: [] });
    expect(empty.pieces).toEqual([]);
    expect(joinScan(empty.head, empty.pieces)).toEqual({ ...scan, clusters: [] });
  });

  it('splits and joins a slice per task into the same rows as in one go', async () => {
    // More copies than one slice holds, so the sliced forms pause along the way.
    const big = { ...scan, clusters: [cluster('big', SLICE_WEIGHT + 500), ...scan.clusters] };
    const whole = splitScan(big);
    const sliced = await splitScanSliced(big);
    expect(sliced).toEqual(whole);
    expect(await joinScanSliced(sliced.head, sliced.pieces)).toEqual(big);
    expect(await joinScanSliced(whole.head, whole.pieces)).toEqual(
      joinScan(whole.head, whole.pieces),
    );
  });

  describe('in the archive', () => {
    let db: ArchiveDatabase;
    beforeEach(async () => {
      db = await openArchive(`scan-pieces-${crypto.randomUUID()}`);
    });
    afterEach(async () => {
      await db.delete();
    });

    it('stores no row bigger than a piece, reads the scan back whole, and the reader its date', async () => {
      await storeClusterScan(db, scan, []);
      const rows = await db.clusterScans.toArray();
      expect(
        Math.max(...rows.map((r) => r.clusters.reduce((n, c) => n + c.passages.length, 0))),
      ).toBeLessThanOrEqual(piecePassages);
      expect(await readClusterScan(db, '8:0.5', 'v/rev3')).toEqual(scan);
      expect(await readClusterScan(db, '8:0.5', 'v/rev4')).toBeUndefined();
      // A later scan at other thresholds replaces every piece of this one.
      await storeClusterScan(db, { ...scan, key: '10:0.6', clusters: [cluster('d', 2)] }, []);
      expect(await db.clusterScans.count()).toBe(3); // its row, one piece and its article index
      expect(await readClusterScan(db, '8:0.5', 'v/rev3')).toBeUndefined();
      expect((await readArticleReuse(db, 'x')).scanned).toBe(true);
    });

    it('still reads a scan stored whole by an earlier build', async () => {
      await db.clusterScans.put(scan);
      expect(await readClusterScan(db, '8:0.5', 'v/rev3')).toEqual(scan);
    });
  });
});
