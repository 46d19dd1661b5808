import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { makeArticle } from '../../tests/support/test-articles';
import { openArchive } from '../db/database';
import { restoreArticles } from '../db/articles';
import { archiveSearchStore } from '../db/search-store';
import { bumpRevision } from '../db/revision';
import { indexTermsVersion } from './index-terms';
import { SearchEngine, searchDocumentOf } from './search-engine';
import { isOlderRow, rowSize, type SavedSegment, type SearchManifest } from './stored-segment';

// The articles tests/fixtures/search-rows-v4 was made from, and the one it then deleted.
const made = Array.from({ length: 24 }, (_, i) =>
  makeArticle(i, i % 6 === 5 ? { tags: ['rail', 'strike'] } : {}),
);
const gone = 'article-000003';
const articles = made.filter((a) => a.id !== gone);

/** The same index made by this build (a deleted article's postings still count, tombstoned). */
async function freshIndex(): Promise<SearchEngine> {
  const engine = await SearchEngine.open(memorySearchStore(made.map(searchDocumentOf)), {
    segmentDocs: 8,
  });
  engine.apply([], [gone], 2);
  return engine;
}

/** The rows and manifest the build before terms version 5 saved (see the fixture's README). */
function oldIndex(): { manifest: SearchManifest; rows: SavedSegment[] } {
  const url = new URL('../../tests/fixtures/search-rows-v4/rows.bin', import.meta.url);
  return deserialize(readFileSync(url)) as { manifest: SearchManifest; rows: SavedSegment[] };
}

const queries: [string, Parameters<SearchEngine['query']>[1]][] = [
  ['ministers', {}],
  ['rail', { tag: 'strike' }],
  ['spokesperson', { source: 'Daily Ledger' }],
  ['report', { tag: 'rail', source: 'Morning Post' }],
  ['flood', { from: '2025-03-01', to: '2025-09-30' }],
];

describe('an index saved with its articles’ strings in arrays (terms version 4)', () => {
  it('is read without a rebuild, answers as a fresh index, and is saved once packed', async () => {
    const { manifest, rows } = oldIndex();
    expect(manifest.termsVersion).toBe(4);
    expect(rows.every(isOlderRow)).toBe(true);
    const store = memorySearchStore(articles.map(searchDocumentOf));
    store.revisionNow = manifest.revision;
    store.manifest = manifest;
    for (const row of rows) store.rows.set(row.id, row);

    const engine = await SearchEngine.open(store, { segmentDocs: 8 });
    expect(store.saves.map((s) => [s.replace, s.put.map((r) => r.id)])).toEqual([
      [false, [1, 2, 3]],
    ]);
    expect(store.saves[0]?.manifest.termsVersion).toBe(indexTermsVersion);
    const saved = [...store.rows.values()];
    expect(saved.some(isOlderRow)).toBe(false);
    expect(saved.map(rowSize)).toEqual([8, 8, 8]);
    expect(saved[0] && !isOlderRow(saved[0]) && saved[0].tagNames).toEqual([
      'rail',
      'hospital',
      'school',
      'strike',
    ]);

    const fresh = await freshIndex();
    for (const [q, filters] of queries) {
      const found = engine.query(q, filters, 50);
      expect(found.length, q).toBeGreaterThan(0);
      expect(found, q).toEqual(fresh.query(q, filters, 50));
    }
    expect(engine.query('report 3', {}, 50).map((m) => m.id)).not.toContain(gone);

    // Opened again: read as saved, nothing written.
    store.saves.length = 0;
    const again = await SearchEngine.open(store, { segmentDocs: 8 });
    expect(store.saves).toHaveLength(0);
    for (const [q, filters] of queries)
      expect(again.query(q, filters, 50)).toEqual(fresh.query(q, filters, 50));
  });

  it('is converted in IndexedDB, and an edit then replaces the article’s old copy', async () => {
    const db = await openArchive(`packed-${crypto.randomUUID()}`);
    try {
      await restoreArticles(db, articles);
      const { manifest, rows } = oldIndex();
      const revision = await db.transaction('rw', db.meta, () => bumpRevision(db));
      await db.searchSegments.bulkPut(rows);
      await db.searchManifest.put({ id: 'main', ...manifest, revision });
      const store = archiveSearchStore(db);
      const engine = await SearchEngine.open(store, { segmentDocs: 8 });
      expect((await store.loadManifest())?.termsVersion).toBe(indexTermsVersion);
      expect((await db.searchSegments.toArray()).some(isOlderRow)).toBe(false);

      const edited = { ...searchDocumentOf(makeArticle(9)), title: 'Zeppelin sightings' };
      engine.apply([edited], [], revision);
      expect(engine.query('zeppelin', {}, 10).map((m) => m.id)).toEqual(['article-000009']);
      expect(engine.query('report 9', {}, 50).map((m) => m.id)).not.toContain('article-000009');
      expect(engine.size.documents).toBe(23);
    } finally {
      await db.delete();
    }
  });
});
