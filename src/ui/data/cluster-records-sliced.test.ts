import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../core/model';
import type { ArticleFacts } from '../../db/cluster-store';
import {
  clusterMetasSliced,
  excerptDocsSliced,
  toClusterRecordsSliced,
} from './cluster-records-sliced';
import { clusterMetas, excerptDocs, toClusterRecords } from './to-cluster-records';

const day = 86_400_000;
const docs = ['a', 'b', 'c', 'd', 'e'];
const facts = new Map<string, ArticleFacts>(
  docs.map((id, i) => [
    id,
    {
      source: `Source ${i % 3}`,
      publishedAt: i === 4 ? 0 : Date.UTC(2026, 0, 1) + ((i * 7) % 5) * day,
      modifiedAt: 0,
      importedAt: Date.UTC(2026, 1, 1) + i,
      storyId: `s-${id}`,
    },
  ]),
);
const texts = new Map(
  docs.map((id) => [id, `Text of ${id}: ${'the same words again '.repeat(20)}`]),
);

/** Seven clusters over overlapping articles, so slices share first printings. */
const clusters: Cluster[] = Array.from({ length: 7 }, (_, n) => {
  const members = docs.filter((_, i) => (i + n) % 3 !== 0);
  return {
    id: `c${n}`,
    kind: 'across',
    passages: members.map((doc, k) => ({ doc, start: k, end: 60 + k, similarity: 0.9 })),
    representative: members.length - 1,
    origin: 0,
    size: members.length,
    similarity: 0.9,
    words: 10,
    sources: 2,
    boilerplate: false,
  };
});

describe('toClusterRecordsSliced', () => {
  it('gives the records the whole-list conversion gives, in order, whatever the slice', async () => {
    const whole = toClusterRecords(clusters, facts, texts);
    for (const size of [1, 2, 3, 7, 100])
      expect(await toClusterRecordsSliced(clusters, facts, texts, undefined, size)).toEqual(whole);
  });

  it('names each first printing once, as excerptDocs does', async () => {
    const whole = excerptDocs(clusters, facts);
    const sliced = await excerptDocsSliced(clusters, facts, undefined, 2);
    expect(sliced.length).toBe(new Set(sliced).size);
    expect([...sliced].sort()).toEqual([...whole].sort());
  });

  it('stops between slices when cancelled', async () => {
    const stop = new AbortController();
    const running = toClusterRecordsSliced(clusters, facts, texts, stop.signal, 2);
    stop.abort();
    await expect(running).rejects.toThrow();
  });
});

describe('clusterMetasSliced', () => {
  it('gives the metas clusterMetas gives, in order, whatever the slice', async () => {
    const whole = clusterMetas(facts);
    expect(whole).toHaveLength(docs.length);
    for (const size of [1, 2, 5, 100])
      expect(await clusterMetasSliced(facts, undefined, size)).toEqual(whole);
  });
});
