import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreArticles } from '../../db/articles';
import { readClusterScan, readReuse } from '../../db/cluster-store';
import { openArchive, type ArchiveDatabase } from '../../db/database';
import type { ClusterKeeping, ClusterMeta, FoundClusters } from '../../workers/echo-protocol';
import { makeArticle } from '../../../tests/support/test-articles';
import { archiveClusterKeeper } from './cluster-keeper';

let db: ArchiveDatabase;
const articles = [0, 1, 2].map((i) => makeArticle(i));
const [a0, a1, a2] = articles as [(typeof articles)[0], (typeof articles)[0], (typeof articles)[0]];
beforeEach(async () => {
  db = await openArchive(`keeper-${crypto.randomUUID()}`);
  await restoreArticles(db, articles);
});
afterEach(async () => {
  await db.delete();
});

const keeping = (): ClusterKeeping => ({
  database: db.name,
  key: '8:0.5',
  version: 'v/rev3',
  revision: 3,
  computedAt: '2026-12-04T10:00:00.000Z',
});
const metas = new Map<string, ClusterMeta>(
  articles.map((a) => [
    a.id,
    { id: a.id, source: a.source, story: a.storyId, publishedAt: a.publishedAt },
  ]),
);
// The second paragraph of articles 1 and 2 (each its own words): the cluster's two copies.
const span = (text: string) => {
  const start = text.indexOf('‘');
  return { start, end: text.indexOf('\n\n', start) };
};
const found = (): FoundClusters => ({
  clusters: [
    {
      id: 'c1',
      kind: 'across',
      // Article 2 first, as the engine may align: the stored excerpt is the first printing's.
      passages: [
        { doc: a2.id, ...span(a2.text), similarity: 1 },
        { doc: a1.id, ...span(a1.text), similarity: 0.9 },
      ],
      representative: 0,
      origin: 1,
      size: 2,
      similarity: 0.9,
      words: 12,
      sources: 2,
      boilerplate: false,
      articles: 2,
    },
  ],
  reuse: [a1, a2].map((a, i) => ({
    articleId: a.id,
    words: 30,
    reusedWords: 12,
    share: 0.4,
    partners: [{ articleId: (i ? a1 : a2).id, words: 12 }],
    partnerCount: 1,
  })),
  skipped: [
    { id: a0.id, reason: 'pair', other: a1.id },
    { id: 'deleted-since', reason: 'unreadable' },
  ],
  metas,
});

describe('the echo worker keeping a clusters scan', () => {
  it('stores the records with excerpts, the reuse rows and the skipped articles named', async () => {
    await archiveClusterKeeper()(keeping(), found(), new AbortController().signal);
    const row = await readClusterScan(db, '8:0.5', 'v/rev3');
    expect(row?.computedAt).toBe('2026-12-04T10:00:00.000Z');
    const [cluster] = row?.clusters ?? [];
    // Article 1 was published first (makeArticle dates by month): its words stand for the cluster.
    expect(a1.publishedAt).toBeLessThan(a2.publishedAt);
    const { start, end } = span(a1.text);
    expect(cluster?.excerpt).toBe(a1.text.slice(start, end).replace(/\s+/g, ' '));
    expect(cluster?.passages.map((p) => [p.doc, p.source, p.date])).toEqual([
      [a2.id, a2.source, a2.publishedAt],
      [a1.id, a1.source, a1.publishedAt],
    ]);
    const reuse = await readReuse(db, [a1.id, a2.id, a0.id]);
    expect([...reuse.values()].map((r) => [r.articleId, r.revision])).toEqual([
      [a1.id, 3],
      [a2.id, 3],
    ]);
    // A skipped article deleted since is no longer named; the other is, with its partner's title.
    expect(row?.skipped).toEqual([
      { articleId: a0.id, title: a0.title, reason: 'pair', other: a1.id, otherTitle: a1.title },
    ]);
  });

  it('stores nothing when cancelled before it stores', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(archiveClusterKeeper()(keeping(), found(), stop.signal)).rejects.toThrow();
    expect(await readClusterScan(db, '8:0.5', 'v/rev3')).toBeUndefined();
  });
});
