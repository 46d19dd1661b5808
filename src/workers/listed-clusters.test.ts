import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EchoReply } from './echo-protocol';
import { echoWorkerScope, keepingFor } from '../../tests/support/echo-worker-scope';
import { findClusterAt } from '../ui/clusters/find-cluster';
import { CLUSTER_PASSAGE_LIMIT, listClusters } from './listed-clusters';

// As echo-worker.test.ts: the worker module talks to `self`; give it one that records its posts.
const { scope: fakeScope, post: deliver, answer: ask, keeper, found } = echoWorkerScope();

/** One sentence printed 3,000 times (the big-article bench's shape, smaller): one big cluster. */
const sentence = 'The council said on Tuesday that the new bridge would open in the spring.';
const repeated = Array<string>(3_000).fill(sentence).join('\n\n');
const quoted = `A paper quoting it once. ${sentence} And going on about other things.`;

beforeAll(async () => {
  Object.assign(globalThis, { self: fakeScope });
  const { setClusterKeeper } = await import('./echo-worker');
  setClusterKeeper(keeper);
  deliver({
    kind: 'add-docs',
    docs: [
      { id: 'repeated', text: repeated },
      { id: 'quoted', text: quoted },
    ],
  });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'self');
});

const answer = (id: number, data: unknown): Promise<EchoReply> => ask(id, data, 12_000);

describe('a cluster of thousands of passages', () => {
  it('is kept with its first passages listed and all of them counted', async () => {
    const day = 86_400_000;
    deliver({
      kind: 'add-metas',
      scan: 1,
      metas: [
        { id: 'repeated', source: 'one.example', story: 'r', publishedAt: 10 * day },
        { id: 'quoted', source: 'two.example', story: 'q', publishedAt: 20 * day },
      ],
    });
    const reply = await answer(1, {
      kind: 'scan',
      id: 1,
      add: [],
      remove: [],
      job: { kind: 'clusters', metaScan: 1, metaCount: 2, keep: keepingFor(1) },
      settings: { minWords: 8, minSimilarity: 0.5 },
    });
    expect(reply.kind).toBe('kept');
    const { clusters, reuse } = found(1);
    const big = clusters.reduce((a, b) => (b.size > a.size ? b : a));
    expect(big.size).toBeGreaterThanOrEqual(3_000);
    // The message no longer grows with the copies of one article: at most the limit, plus the
    // representative, plus one copy of each article not among them (the later quoting paper).
    expect(big.passages.length).toBeLessThanOrEqual(CLUSTER_PASSAGE_LIMIT + 2);
    // That paper's copy is listed, so its reader finds the cluster it is in.
    expect(findClusterAt([big as never], { doc: 'quoted', start: 0, end: quoted.length })).toBe(
      big,
    );
    expect(big.articles).toBe(2);
    const rep = big.passages[big.representative];
    expect(rep?.similarity).toBe(1);
    // Date order kept: the earlier paper's copies first, the origin among them.
    expect(big.passages[big.origin]?.doc).toBe('repeated');
    // Reuse shares still see every passage (the quoting paper's one sentence is reused).
    expect(reuse.some((r) => r.articleId === 'quoted')).toBe(true);
  }, 120_000);
});

describe('listClusters', () => {
  const passage = (doc: string, start: number, similarity = 0.9) => ({
    doc,
    start,
    end: start + 10,
    similarity,
  });
  const cluster = {
    id: 'c',
    kind: 'across' as const,
    passages: [passage('a', 0), passage('a', 20), passage('b', 0), passage('c', 0, 1)],
    representative: 3,
    origin: 0,
    size: 4,
    similarity: 0.9,
    words: 10,
    sources: 3,
    boilerplate: false,
  };

  it('keeps the representative past the limit and re-points its index', () => {
    const many = {
      ...cluster,
      passages: [passage('a', 0), passage('a', 20), passage('a', 40), passage('a', 60, 1)],
      representative: 3,
      sources: 1,
    };
    const [listed] = listClusters([many], 2);
    expect(listed?.passages.map((p) => `${p.doc}:${p.start}`)).toEqual(['a:0', 'a:20', 'a:60']);
    expect(listed?.representative).toBe(2);
    expect(listed?.origin).toBe(0);
    expect(listed?.size).toBe(4);
    expect(listed?.articles).toBe(1);
  });

  it('lists one copy of every article past the limit, so each article finds its cluster', () => {
    // A paragraph reprinted by 1,200 papers: the later 200 fell past the first 1,000, and the
    // reader of any of them said it "repeats nowhere" (findClusterAt found no passage of it).
    const passages = Array.from({ length: 1_200 }, (_, i) => passage(`d${i}`, 0));
    const wide = { ...cluster, passages, representative: 0, size: 1_200, sources: 1_200 };
    const [listed] = listClusters([wide]);
    expect(listed?.passages).toHaveLength(1_200);
    for (const doc of ['d0', 'd999', 'd1000', 'd1199'])
      expect(findClusterAt([listed as never], { doc, start: 0, end: 10 })).toBe(listed);
    // A second copy in an article already listed is still left out.
    const twice = { ...wide, passages: [...passages, passage('d1100', 50)], size: 1_201 };
    expect(listClusters([twice])[0]?.passages).toHaveLength(1_200);
  });

  it('leaves a cluster within the limit whole', () => {
    const [listed] = listClusters([cluster], 4);
    expect(listed?.passages).toEqual(cluster.passages);
    expect(listed?.representative).toBe(3);
  });
});
