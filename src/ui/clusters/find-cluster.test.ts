import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readClusterScan, storeClusterScan } from '../../db/cluster-store';
import { openArchive, type ArchiveDatabase } from '../../db/database';
import { readScanFor } from '../../db/scan-article-index';
import { findClusterAt } from './find-cluster';
import { clusterRecord } from '../../../tests/support/cluster-record';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`find-cluster-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const cluster = clusterRecord;

// Overlapping passages in article a (a tie between 'first' and 'tie'), a wire story past a
// piece's worth of copies, and clusters a is not in (the last two in pieces it is not read from).
const wire = Array.from({ length: 1_500 }, (_, i): [string, number, number] => [`w${i}`, 0, 50]);
const clusters = [
  cluster('elsewhere', [
    ['b', 0, 100],
    ['c', 0, 100],
  ]),
  cluster('first', [
    ['a', 0, 100],
    ['b', 200, 300],
  ]),
  cluster('tie', [
    ['a', 50, 150],
    ['c', 200, 300],
  ]),
  cluster('wire', [...wire, ['a', 400, 500]]),
  cluster('longer', [
    ['a', 380, 520],
    ['d', 0, 140],
  ]),
  cluster(
    'other wire',
    wire.map(([doc, start, end]) => [`x${doc}`, start, end]),
  ),
  cluster('after', [
    ['b', 500, 600],
    ['c', 500, 600],
  ]),
];

describe('findClusterAt over one article’s part of the stored scan', () => {
  it('finds the cluster it finds over the whole scan', async () => {
    await storeClusterScan(db, { key: 'k', version: 'v', computedAt: '', clusters }, []);
    const whole = (await readClusterScan(db, 'k', 'v'))?.clusters ?? [];
    const mine = (await readScanFor(db, 'k', 'v', 'a'))?.clusters ?? [];
    expect(mine.length).toBeLessThan(whole.length);
    for (const at of [
      { doc: 'a', start: 0, end: 100 },
      { doc: 'a', start: 60, end: 140 },
      { doc: 'a', start: 400, end: 500 },
      { doc: 'a', start: 370, end: 530 },
      { doc: 'a', start: 900, end: 950 },
    ])
      expect(findClusterAt(mine, at)?.id).toBe(findClusterAt(whole, at)?.id);
    expect(findClusterAt(mine, { doc: 'a', start: 400, end: 500 })?.passages).toHaveLength(1_501);
  });
});
