import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../core/model';
import { seededRandom } from '../../core/echoes/test-texts';
import {
  clip,
  clusterMetas,
  excerptDocs,
  factsOfMetas,
  toClusterRecords,
} from './to-cluster-records';

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

describe('factsOfMetas', () => {
  it('gives back the facts the metas were made from, undated and unchanged ones too', () => {
    // The echo worker stores clusters from the metas the page posted, not from the facts.
    expect(factsOfMetas(new Map(clusterMetas(facts).map((m) => [m.id, m])))).toEqual(facts);
  });
});

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

describe('a cluster’s excerpt', () => {
  // The engine aligned the copies to an edited later copy (b); the first printing (a) is the
  // words that stand for the passage, quote marks and all.
  const texts = new Map([
    ['a', 'He said: ‘The harbour plan will go ahead this spring.’ Then he left.'],
    ['b', 'She wrote that ‘the harbour plan will surely go ahead this spring’. More.'],
    ['c', 'Undated: the harbour plan will go ahead this spring.'],
  ]);
  const span = (doc: string, words: string) => {
    const start = texts.get(doc)?.indexOf(words) ?? -1;
    return { doc, start, end: start + words.length };
  };
  const cluster: Cluster = {
    id: 'b:15-60',
    kind: 'across',
    passages: [
      { ...span('a', 'The harbour plan will go ahead this spring.’'), similarity: 0.9 },
      { ...span('b', 'the harbour plan will surely go ahead this spring'), similarity: 1 },
    ],
    representative: 1,
    origin: 0,
    size: 2,
    similarity: 0.9,
    words: 9,
    sources: 2,
    boilerplate: false,
  };
  const dated = new Map([
    [
      'a',
      {
        source: 'Ledger',
        publishedAt: Date.UTC(2026, 2, 2),
        modifiedAt: 0,
        importedAt: 9,
        storyId: 'a',
      },
    ],
    [
      'b',
      {
        source: 'Post',
        publishedAt: Date.UTC(2026, 2, 4),
        modifiedAt: 0,
        importedAt: 9,
        storyId: 'b',
      },
    ],
  ]);

  it('is its first printing’s words, with the opening quote mark', () => {
    expect(excerptDocs([cluster], dated)).toEqual(['a']);
    const [record] = toClusterRecords([cluster], dated, texts);
    expect(record?.excerpt).toBe('‘The harbour plan will go ahead this spring.’');
  });

  it('is the representative’s when no copy is dated or the first is unread', () => {
    const undated = new Map(
      [...dated].map(([id, f]) => [id, { ...f, publishedAt: 0, importedAt: 0 }]),
    );
    expect(excerptDocs([cluster], undated)).toEqual(['b']);
    expect(toClusterRecords([cluster], undated, texts)[0]?.excerpt).toBe(
      '‘the harbour plan will surely go ahead this spring’',
    );
    const onlyRep = new Map([['b', texts.get('b') ?? '']]);
    expect(toClusterRecords([cluster], dated, onlyRep)[0]?.excerpt).toBe(
      '‘the harbour plan will surely go ahead this spring’',
    );
  });
});
