import { describe, expect, it } from 'vitest';
import type { Echo } from '../../core/model';
import { articleClusters } from './article-clusters';

const echo = (
  a: readonly [string, number, number],
  b: readonly [string, number, number],
): Echo => ({
  kind: a[0] === b[0] ? 'within' : 'across',
  similarity: 0.9,
  a: { doc: a[0], start: a[1], end: a[2] },
  b: { doc: b[0], start: b[1], end: b[2] },
});

describe('articleClusters', () => {
  it('numbers clusters in text order and counts every copy once', () => {
    const echoes = [
      // A paragraph at 500 printed in three other articles (one found twice, slightly shifted).
      echo(['x', 500, 600], ['p', 0, 100]),
      echo(['x', 502, 600], ['q', 10, 110]),
      echo(['x', 500, 598], ['r', 40, 140]),
      echo(['x', 500, 600], ['q', 12, 110]),
      // A quote repeated inside the article.
      echo(['x', 10, 60], ['x', 300, 350]),
    ];
    const found = articleClusters(echoes, 'x');
    expect(found.map((c) => [c.number, c.copies])).toEqual([
      [2, 4],
      [2, 4],
      [2, 4],
      [2, 4],
      [1, 2],
    ]);
    expect(found[4]?.at).toEqual({ doc: 'x', start: 10, end: 60 });
  });

  it('takes the number of copies from the archive-wide scan when it holds the passage', () => {
    const echoes = [echo(['x', 0, 100], ['p', 0, 100])];
    const stored = [
      {
        id: 'c',
        kind: 'across' as const,
        passages: ['x', 'p', 'q', 'r', 's'].map((doc) => ({
          doc,
          start: 0,
          end: 100,
          similarity: 1,
          source: '',
          date: 0,
          imported: false,
        })),
        representative: 0,
        origin: 0,
        size: 5,
        similarity: 1,
        words: 20,
        sources: 5,
        boilerplate: false,
        articles: 5,
        excerpt: '',
      },
    ];
    expect(articleClusters(echoes, 'x', stored)[0]?.copies).toBe(5);
  });
});
