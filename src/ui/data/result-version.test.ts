import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readClusterScan, storeClusterScan } from '../../db/cluster-store';
import { openArchive, type ArchiveDatabase } from '../../db/database';
import { resultVersion, type ResultMaker } from './result-version';

const maker: ResultMaker = {
  app: '1.4.0',
  engine: 3,
  fingerprints: 1,
  settings: { minWords: 8, minSimilarity: 0.5 },
};

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`result-version-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('resultVersion', () => {
  it('changes with each thing that made the result, and ends with the archive revision', () => {
    const base = resultVersion(maker, 7);
    expect(base.endsWith('/rev7')).toBe(true);
    const changed = [
      resultVersion({ ...maker, app: '1.5.0' }, 7),
      resultVersion({ ...maker, engine: 4 }, 7),
      resultVersion({ ...maker, fingerprints: 2 }, 7),
      resultVersion({ ...maker, settings: { minWords: 12, minSimilarity: 0.5 } }, 7),
      resultVersion({ ...maker, settings: { minWords: 8, minSimilarity: 0.8 } }, 7),
      resultVersion(maker, 8),
    ];
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
    expect(resultVersion({ ...maker }, 7)).toBe(base);
  });

  it('makes a scan stored by an earlier engine of the same app version a miss', async () => {
    const stored = resultVersion(maker, 1);
    await storeClusterScan(
      db,
      { key: '8:0.5', version: stored, clusters: [], computedAt: '2026-12-01T00:00:00Z' },
      [],
    );
    expect(await readClusterScan(db, '8:0.5', resultVersion(maker, 1))).toBeDefined();
    const newer = resultVersion({ ...maker, engine: maker.engine + 1 }, 1);
    expect(await readClusterScan(db, '8:0.5', newer)).toBeUndefined();
  });
});
