import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteArticles, restoreArticles, updateArticle } from './articles';
import { exportArchive } from './backup/backup';
import type { ReuseRecord } from './cluster-records';
import {
  readArticleFacts,
  readArticleFactsAndHashes,
  readArticleReuse,
  readClusterScan,
  readReuse,
  storeClusterScan,
} from './cluster-store';
import { openArchive, type ArchiveDatabase } from './database';
import { rebuildDerivedData } from './derive';
import { listArticles } from './list-articles';
import { fillOlderSummaries, summaryFillKey } from './summary-fill';
import { readEchoRevision, readRevision } from './revision';
import { makeArticle } from '../../tests/support/test-articles';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`clusters-${crypto.randomUUID()}`);
  await restoreArticles(
    db,
    Array.from({ length: 12 }, (_, i) => makeArticle(i)),
  );
});
afterEach(async () => {
  await db.delete();
});

const reuse = (i: number, share: number): ReuseRecord => ({
  articleId: makeArticle(i).id,
  share,
  words: 40,
  reusedWords: Math.round(share * 40),
  partners: [{ articleId: makeArticle(i + 1).id, words: 10 }],
  partnerCount: 1,
  revision: 1,
});
const scan = { key: '8:0.5', version: 'v/rev1', clusters: [], computedAt: '2026-01-01' };

/** The facts the scan should read for an article. */
const factsOf = (a: ReturnType<typeof makeArticle>) => ({
  source: a.source,
  publishedAt: a.publishedAt,
  modifiedAt: a.modifiedAt ?? 0,
  importedAt: a.importedAt,
  storyId: a.storyId,
});

describe('cluster scan derived data', () => {
  it('orders the library by reuse share, then the rest by import, filtered or not', async () => {
    await storeClusterScan(db, scan, [reuse(3, 0.2), reuse(7, 0.9), reuse(5, 0.5)]);
    const page = await listArticles(db, 'reuse-desc', {}, 0, 5);
    expect(page.total).toBe(12);
    expect(page.items.map((a) => a.id)).toEqual([7, 5, 3, 11, 10].map((i) => makeArticle(i).id));
    const later = await listArticles(db, 'reuse-desc', {}, 10, 5);
    expect(later.items.map((a) => a.id)).toEqual([1, 0].map((i) => makeArticle(i).id));
    // Sources cycle through four names, so articles 3, 7 and 11 share one.
    const source = makeArticle(3).source;
    const filtered = await listArticles(db, 'reuse-desc', { source }, 0, 10);
    expect(filtered.items.map((a) => a.id)).toEqual([7, 3, 11].map((i) => makeArticle(i).id));
  });

  it('puts the reuse rows a few hundred per request, every row kept', async () => {
    // A request's rows are copied on the page's thread in one task (twice: the row, its index).
    await restoreArticles(
      db,
      Array.from({ length: 500 }, (_, i) => makeArticle(i)),
    );
    const put = vi.spyOn(db.reuse, 'bulkPut');
    const rows = Array.from({ length: 500 }, (_, i) => reuse(i, (i % 100) / 100));
    await storeClusterScan(db, scan, rows);
    expect(put.mock.calls.map(([slice]) => slice.length)).toEqual([200, 200, 100]);
    expect(await db.reuse.count()).toBe(500);
  });

  it('keeps one scan, reads it back only for its version, and drops reuse of deleted articles', async () => {
    await storeClusterScan(db, scan, [reuse(3, 0.2), reuse(7, 0.9)]);
    expect(await readClusterScan(db, '8:0.5', 'v/rev1')).toEqual(scan);
    expect(await readClusterScan(db, '8:0.5', 'v/rev2')).toBeUndefined();
    await storeClusterScan(db, { ...scan, key: '10:0.6' }, [reuse(3, 0.3)]);
    expect(await db.clusterScans.count()).toBe(2); // its row and its article index (scan-article-index.ts)
    expect([...(await readReuse(db, [makeArticle(3).id, makeArticle(7).id])).keys()]).toEqual([
      makeArticle(3).id,
    ]);
    await deleteArticles(db, [makeArticle(3).id]);
    expect(await db.reuse.count()).toBe(0);
  });

  it('puts an article’s reuse back with it when its deletion is undone', async () => {
    await storeClusterScan(db, scan, [reuse(3, 0.2), reuse(7, 0.9)]);
    const id = makeArticle(3).id;
    const removed = await deleteArticles(db, [id]);
    expect(removed.records.map((a) => a.id)).toEqual([id]);
    expect(removed.reuse.map((r) => r.articleId)).toEqual([id]);
    expect(await db.reuse.get(id)).toBeUndefined();
    await restoreArticles(db, removed.records, removed.reuse);
    // The reader read a missing row as "the last scan found no passage of this article".
    expect((await readArticleReuse(db, id)).reuse).toMatchObject({ share: 0.2 });
  });

  it('says whether the reader’s reuse line is current, and names the partners', async () => {
    const revision = await readRevision(db);
    await storeClusterScan(db, { ...scan, version: `v/rev${revision}` }, [reuse(3, 0.2)]);
    const view = await readArticleReuse(db, makeArticle(3).id);
    expect(view).toMatchObject({ scanned: true, current: true, reuse: { share: 0.2 } });
    expect(view.titles.get(makeArticle(4).id)).toBe(makeArticle(4).title);
    await restoreArticles(db, [makeArticle(40)]);
    expect((await readArticleReuse(db, makeArticle(3).id)).current).toBe(false);
  });

  it('keeps the reuse line current through a tag or a note, not through a new source', async () => {
    const revision = await readRevision(db);
    await storeClusterScan(db, { ...scan, version: `v/rev${revision}` }, [reuse(3, 0.2)]);
    const id = makeArticle(3).id;
    await updateArticle(db, id, { tags: ['rail'], note: 'check the £200m figure' });
    await updateArticle(db, makeArticle(4).id, { byline: 'A. Reporter' });
    expect(await readRevision(db)).not.toBe(revision);
    expect((await readArticleReuse(db, id)).current).toBe(true);
    await updateArticle(db, makeArticle(4).id, { source: 'Evening Courier' });
    expect((await readArticleReuse(db, id)).current).toBe(false);
  });

  it("takes a corrected publication date as a change to who printed first, as a source's", async () => {
    const id = makeArticle(3).id;
    const stored = async (): Promise<void> => {
      const revision = await readEchoRevision(db);
      await storeClusterScan(db, { ...scan, version: `v/rev${revision}` }, [reuse(3, 0.2)]);
      expect((await readArticleReuse(db, id)).current).toBe(true);
    };
    await stored();
    await updateArticle(db, makeArticle(4).id, { publishedAt: Date.UTC(2026, 2, 1) });
    expect((await readArticleReuse(db, id)).current).toBe(false);
    await stored();
    await updateArticle(db, makeArticle(4).id, { title: 'Rail line to reopen' });
    expect((await readArticleReuse(db, id)).current).toBe(false);
  });

  it('keeps the scan current when an edit gives the same title, source and date', async () => {
    const revision = await readEchoRevision(db);
    await storeClusterScan(db, { ...scan, version: `v/rev${revision}` }, [reuse(3, 0.2)]);
    const { title, source, publishedAt } = makeArticle(4);
    await updateArticle(db, makeArticle(4).id, { title: ` ${title} `, source, publishedAt });
    expect((await readArticleReuse(db, makeArticle(3).id)).current).toBe(true);
    await updateArticle(db, makeArticle(4).id, { source: `${source} Weekly` });
    expect((await readArticleReuse(db, makeArticle(3).id)).current).toBe(false);
  });

  it('keeps an older archive’s scan current through its first note (no echo stamp yet)', async () => {
    const revision = await readRevision(db);
    await db.meta.delete('echo-revision');
    await storeClusterScan(db, { ...scan, version: `v/rev${revision}` }, [reuse(3, 0.2)]);
    await updateArticle(db, makeArticle(3).id, { note: 'first note' });
    expect((await readArticleReuse(db, makeArticle(3).id)).current).toBe(true);
  });

  it('says an article imported after the stored scan read the archive has no answer yet', async () => {
    const revision = await readRevision(db);
    // The scan read the archive after article 5's import and before article 8's.
    const readAt = new Date(makeArticle(6).importedAt).toISOString();
    await storeClusterScan(db, { ...scan, version: `v/rev${revision}`, computedAt: readAt }, [
      reuse(9, 0.2),
    ]);
    expect((await readArticleReuse(db, makeArticle(5).id)).addedSince).toBe(false);
    expect((await readArticleReuse(db, makeArticle(8).id)).addedSince).toBe(true);
    // A reuse row means the scan saw it, whatever its import time says.
    expect((await readArticleReuse(db, makeArticle(9).id)).addedSince).toBe(false);
  });

  it('is left out of backups and dropped by rebuildDerivedData', async () => {
    await storeClusterScan(db, scan, [reuse(3, 0.2)]);
    const file = await exportArchive(db);
    expect(file).not.toContain('"share"');
    expect(file).not.toContain('reusedWords');
    await rebuildDerivedData(db);
    expect(await db.clusterScans.count()).toBe(0);
    expect(await db.reuse.count()).toBe(0);
  });

  it('reads every article’s source, dates and story', async () => {
    const facts = await readArticleFacts(db);
    expect(facts.size).toBe(12);
    const a = makeArticle(5);
    expect(facts.get(a.id)).toEqual(factsOf(a));
  });

  it('keeps a file’s time only for an article that gives no date of its own', async () => {
    // A first printing saved today (its file's time) followed its update stating an evening
    // change, when both give one publication date: the update became the origin.
    const fileTime = Date.parse('2026-12-01T00:00:00Z');
    const dated = { ...makeArticle(40), modifiedAt: fileTime, modifiedByFile: true as const };
    const undated = {
      ...makeArticle(41),
      publishedAt: 0,
      modifiedAt: fileTime,
      modifiedByFile: true as const,
    };
    await restoreArticles(db, [dated, undated]);
    const facts = await readArticleFacts(db);
    expect(facts.get(dated.id)?.modifiedAt).toBe(0);
    expect(facts.get(undated.id)?.modifiedAt).toBe(fileTime);
  });

  it('reads facts and hashes of more articles than one page holds, and stops at cancel', async () => {
    await restoreArticles(
      db,
      Array.from({ length: 2100 }, (_, i) => makeArticle(100 + i)),
    );
    const { facts, hashes } = await readArticleFactsAndHashes(db);
    expect(facts.size).toBe(2112);
    expect(hashes.size).toBe(2112);
    const a = makeArticle(2150);
    expect(hashes.get(a.id)).toBe(a.contentHash);
    expect(facts.get(a.id)?.importedAt).toBe(a.importedAt);
    const cancelled = new AbortController();
    cancelled.abort(new Error('cancelled'));
    await expect(readArticleFactsAndHashes(db, cancelled.signal)).rejects.toThrow('cancelled');
  });

  it('reads the summaries, not whole records, unless their fill after the upgrade is pending', async () => {
    const wholeRecords = vi.spyOn(db.articles, 'orderBy');
    const summaries = vi.spyOn(db.articleSummaries, 'orderBy');
    await db.meta.put({ key: summaryFillKey, value: 0 });
    // The summaries may be missing rows while the fill runs: facts then come from the articles.
    await db.articleSummaries.clear();
    expect((await readArticleFactsAndHashes(db)).facts.size).toBe(12);
    expect(wholeRecords).toHaveBeenCalled();
    expect(await fillOlderSummaries(db)).toBe(true);
    wholeRecords.mockClear();
    const { facts, hashes } = await readArticleFactsAndHashes(db);
    expect(wholeRecords).not.toHaveBeenCalled();
    expect(summaries).toHaveBeenCalled();
    const a = makeArticle(7);
    expect(facts.get(a.id)).toEqual(factsOf(a));
    expect(hashes.get(a.id)).toBe(a.contentHash);
  });
});
