import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';
import { ArchiveDatabase } from './database';
import {
  readClusterImport,
  readImportedClusters,
  replaceImportedClusters,
  type ClusterImportRecord,
  type ImportedClusterRecord,
} from './imported-clusters';

const summary = (clusters: number): ClusterImportRecord => ({
  tool: 'passim',
  importedAt: Date.UTC(2026, 10, 30),
  files: 1,
  clusters,
  passages: clusters * 2,
  unmatchedCount: 0,
  unmatched: [],
  rejectedCount: 0,
  rejected: [],
  droppedClusters: 0,
});

const cluster = (toolId: string): ImportedClusterRecord => ({
  id: `passim:${toolId}`,
  tool: 'passim',
  toolId,
  kind: 'across',
  passages: [],
  representative: 0,
  origin: 0,
  size: 2,
  similarity: 1,
  words: 10,
  sources: 2,
  boilerplate: false,
  articles: 2,
  excerpt: '',
});

describe('imported clusters (schema v10)', () => {
  it('upgrades a v9 archive to v10 keeping every article, with empty import stores', async () => {
    const name = `v10-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 9);
    await old.open();
    await old.table('articles').bulkAdd([makeArticle(1), makeArticle(2)]);
    old.close();
    const db = new ArchiveDatabase(name);
    await db.open();
    expect(db.verno).toBe(new ArchiveDatabase('unopened').verno);
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual([
      makeArticle(1).id,
      makeArticle(2).id,
    ]);
    expect(await db.importedClusters.count()).toBe(0);
    expect(await readClusterImport(db, 'passim')).toBeUndefined();
    await db.delete();
  });

  it('replaces the previous import whole', async () => {
    const db = new ArchiveDatabase(`v10-${crypto.randomUUID()}`);
    await replaceImportedClusters(db, summary(2), [cluster('1'), cluster('2')]);
    await replaceImportedClusters(db, summary(1), [cluster('3')]);
    expect((await readImportedClusters(db, 'passim')).map((c) => c.toolId)).toEqual(['3']);
    expect((await readClusterImport(db, 'passim'))?.clusters).toBe(1);
    await db.delete();
  });
});
