import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../db/cluster-store';
import { clusterMetasSliced } from './cluster-metas-sliced';
import { clusterMetas } from './to-cluster-records';

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
describe('clusterMetasSliced', () => {
  it('gives the metas clusterMetas gives, in order, whatever the slice', async () => {
    const whole = clusterMetas(facts);
    expect(whole).toHaveLength(docs.length);
    for (const size of [1, 2, 5, 100])
      expect(await clusterMetasSliced(facts, undefined, size)).toEqual(whole);
  });

  it('stops between slices when cancelled', async () => {
    const stop = new AbortController();
    const running = clusterMetasSliced(facts, stop.signal, 2);
    stop.abort();
    await expect(running).rejects.toThrow();
  });
});
