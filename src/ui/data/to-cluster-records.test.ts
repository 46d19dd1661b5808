import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../core/model';
import { seededRandom } from '../../core/echoes/test-texts';
import { clip, clusterMetas, toClusterRecords } from './to-cluster-records';

const facts = new Map([
  [
    'a',
    {
      source: 'Ledger',
      publishedAt: Date.UTC(2026, 2, 2),
      modifiedAt: Date.UTC(2026, 2, 5),
      importedAt: 5,
      storyId: 's1',
    },
  ],
  [
    'b',
    { source: '', publishedAt: 0, modifiedAt: 0, importedAt: Date.UTC(2026, 3, 1), storyId: 's2' },
  ],
  [
    'c',
    {
      source: 'Post',
      publishedAt: 0,
      modifiedAt: Date.UTC(2026, 2, 1),
      importedAt: Date.UTC(2026, 3, 2),
      storyId: 's3',
    },
  ],
]);

describe('toClusterRecords', () => {
  it('gives each passage its source and best date (published, changed, imported), and an excerpt', () => {
    const cluster: Cluster = {
      id: 'a:0-40',
      kind: 'across',
      passages: [
        { doc: 'a', start: 0, end: 40, similarity: 1 },
        { doc: 'b', start: 10, end: 50, similarity: 0.9 },
        { doc: 'c', start: 0, end: 40, similarity: 0.95 },
      ],
      representative: 0,
      origin: 0,
      size: 2,
      similarity: 0.9,
      words: 8,
      sources: 2,
      boilerplate: false,
    };
    const texts = new Map([['a', `${'word '.repeat(8).trim()} and the rest of it`]]);
    const [record] = toClusterRecords([cluster], facts, texts);
    expect(
      record?.passages.map((p) => [p.source, p.date, p.imported, p.modified ?? false]),
    ).toEqual([
      ['Ledger', Date.UTC(2026, 2, 2), false, false],
      ['', Date.UTC(2026, 3, 1), true, false],
      ['Post', Date.UTC(2026, 2, 1), false, true],
    ]);
    expect(record).toMatchObject({
      articles: 3,
      excerpt: 'word word word word word word word word',
    });
  });

  it('tells the engine only the dates an article has', () => {
    expect(clusterMetas(facts)).toEqual([
      {
        id: 'a',
        source: 'Ledger',
        story: 's1',
        publishedAt: Date.UTC(2026, 2, 2),
        modifiedAt: Date.UTC(2026, 2, 5),
        importedAt: 5,
      },
      { id: 'b', source: '', story: 's2', importedAt: Date.UTC(2026, 3, 1) },
      {
        id: 'c',
        source: 'Post',
        story: 's3',
        modifiedAt: Date.UTC(2026, 2, 1),
        importedAt: Date.UTC(2026, 3, 2),
      },
    ]);
  });
});

describe('clip', () => {
  // Flattening the whole text, as clip did before it looked at the head only.
  const whole = (text: string, limit = 220): string => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= limit ? flat : `${flat.slice(0, limit).replace(/\s+\S*$/, '')}…`;
  };

  it('cuts a passage of megabytes as flattening all of it would', () => {
    const next = seededRandom(3);
    const gaps = [' ', '  ', '\n\n', ' \t ', '\n'];
    for (let n = 0; n < 200; n++) {
      const words = Array.from({ length: 20 + Math.floor(next() * 600) }, (_, i) => {
        const gap = gaps[Math.floor(next() * gaps.length)] ?? ' ';
        return `${i % 7 === 0 ? gap.repeat(40) : gap}w${i}`;
      });
      const text = words.join('');
      for (const limit of [10, 110, 220]) expect(clip(text, limit)).toBe(whole(text, limit));
    }
    const big = 'The council met on Tuesday.\n\n'.repeat(180_000);
    expect(clip(big)).toBe(whole(big));
  });
});
