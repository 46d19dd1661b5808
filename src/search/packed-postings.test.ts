import { describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/archive-synthetic';
import { columnRowOf } from '../../tests/support/column-rows';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { makeArticle } from '../../tests/support/test-articles';
import { PostingsReader, PostingsWriter } from './postings';
import { indexTermsVersion } from './index-terms';
import { SearchEngine, searchDocumentOf, type SearchDocument } from './search-engine';
import type { SavedSegment } from './stored-segment';

/** Articles with news-like word frequencies (a Zipf vocabulary of 8,000 words, 500–900 each). */
const news: SearchDocument[] = Array.from({ length: 400 }, (_, i) => {
  const a = syntheticArticle(i);
  return searchDocumentOf({ ...a, id: `news-${i}`, publishedAt: Date.parse(a.publishedAt) });
});

const postingBytes = (row: SavedSegment): number =>
  'postings' in row
    ? [...row.counts, ...row.postings].reduce((n, a) => n + a.byteLength, 0)
    : [...row.docs, ...row.freqs].reduce((n, a) => n + a.byteLength, 0);

describe('packed postings', () => {
  it('read back every document and count written, across gaps and counts of any size', () => {
    const lists = [
      [0, 1, 1, 2, 127, 1, 128, 300, 70_000, 65_534],
      [],
      [5, 1, 16_400, 7, 65_535, 1],
    ];
    const writer = new PostingsWriter(lists.length, 8);
    for (const list of lists) {
      writer.startTerm();
      for (let i = 0; i < list.length; i += 2) writer.add(list[i] ?? 0, list[i + 1] ?? 0);
    }
    const packed = writer.finish();
    const reader = new PostingsReader();
    const read = lists.map((_, t) => {
      reader.reset(packed.bytes, packed.offsets[t] ?? 0, packed.offsets[t + 1] ?? 0);
      const out: number[] = [];
      while (reader.next()) out.push(reader.doc, reader.count);
      return out;
    });
    expect(read).toEqual(lists);
    expect([...packed.counts]).toEqual([5, 0, 3]);
  });

  it('save an index in under half the bytes of 16-bit columns', async () => {
    const store = memorySearchStore(news);
    await SearchEngine.open(store);
    const [row] = store.rows.values();
    if (!row) throw new Error('no row saved');
    // 1.3 bytes a posting here (each a one-byte gap, most counts 1), against 4.
    expect(postingBytes(row)).toBeLessThan(postingBytes(columnRowOf(row)) / 2);
  });
});

describe('an index saved in 16-bit columns (terms version 2)', () => {
  async function savedInColumns(docs: readonly SearchDocument[], segmentDocs: number) {
    const store = memorySearchStore(docs);
    const fresh = await SearchEngine.open(store, { segmentDocs });
    for (const [id, row] of store.rows) store.rows.set(id, columnRowOf(row));
    store.manifest = store.manifest && { ...store.manifest, termsVersion: 2 };
    store.saves.length = 0;
    return { store, fresh };
  }

  it('is read without a rebuild, ranks as a fresh one, and is saved once packed', async () => {
    const { store, fresh } = await savedInColumns(news, 128);
    const engine = await SearchEngine.open(store, { segmentDocs: 128 });
    const [save] = store.saves;
    expect(store.saves).toHaveLength(1);
    expect(save?.replace).toBe(false);
    expect(save?.manifest.termsVersion).toBe(indexTermsVersion);
    expect(save?.put.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect([...store.rows.values()].every((r) => 'postings' in r)).toBe(true);
    for (const q of ['the', 'of and', 'government', 'minist', 'rail fares']) {
      const got = engine.query(q, {}, 50);
      expect(got, q).toEqual(fresh.query(q, {}, 50));
    }
    // The next opening finds it as this build saves it: nothing to write.
    store.saves.length = 0;
    await SearchEngine.open(store, { segmentDocs: 128 });
    expect(store.saves).toHaveLength(0);
  });

  it('takes new articles and merges its old rows with them', async () => {
    const articles = Array.from({ length: 24 }, (_, i) => searchDocumentOf(makeArticle(i)));
    const { store } = await savedInColumns(articles.slice(0, 20), 4);
    const engine = await SearchEngine.open(store, { segmentDocs: 4 });
    // Half of the first old row's articles go: it is rewritten without them (merge-policy.ts).
    const gone = ['article-000002', 'article-000003'];
    engine.apply(articles.slice(20), gone, 2);
    store.revisionNow = 2;
    await engine.persist(store);
    expect(store.saves.at(-1)?.drop).toEqual([1]);
    const found = engine.query('ministers', {}, 100).map((m) => m.id);
    expect(found).toHaveLength(22);
    const kept = articles.filter((a) => !gone.includes(a.id));
    const fresh = await SearchEngine.open(memorySearchStore(kept));
    for (const q of ['reporter 7', 'flood', 'spokesperson said', 'hospitl']) {
      const ids = (e: SearchEngine) => e.query(q, {}, 100).map((m) => [m.id, m.score]);
      expect(ids(engine), q).toEqual(ids(fresh));
    }
  });
});
