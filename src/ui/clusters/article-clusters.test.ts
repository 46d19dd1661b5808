import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EchoIndex } from '../../core/echoes/echo-index';
import { findClusters } from '../../core/echoes/find-clusters';
import { findEchoesWithin } from '../../core/echoes/find-echoes-within';
import { strongestFirst } from '../../core/echoes/strength';
import type { Echo, Passage } from '../../core/model';
import type { ClusterRecord } from '../../db/cluster-records';
import { articleClusters, type EchoCluster } from './article-clusters';
import { findClusterAt } from './find-cluster';

/** Two spans of one article that overlap over half the longer are the same copy (as article-clusters.ts). */
const sameCopy = (x: Passage, y: Passage): boolean =>
  x.doc === y.doc &&
  Math.min(x.end, y.end) - Math.max(x.start, y.start) >
    0.5 * Math.max(x.end - x.start, y.end - y.start);

/**
 * The grouping as it was first written, comparing each copy with every copy before it and each
 * echo with every stored passage: the reference the indexed version must equal.
 */
function everyPairClusters(
  echoes: readonly Echo[],
  docId: string,
  stored: readonly ClusterRecord[] = [],
): EchoCluster[] {
  const copies: Passage[] = [];
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const copyOf = (p: Passage): number => {
    const found = copies.findIndex((c) => sameCopy(c, p));
    if (found >= 0) return found;
    copies.push(p);
    parent.push(parent.length);
    return copies.length - 1;
  };
  const ends = echoes.map((echo) => [copyOf(echo.a), copyOf(echo.b)] as const);
  for (const [a, b] of ends) parent[find(a)] = find(b);
  const own = new Map<number, Passage>();
  copies.forEach((p, i) => {
    const root = find(i);
    const first = own.get(root);
    if (p.doc === docId && (!first || p.start < first.start)) own.set(root, p);
  });
  const order = [...own].sort((x, y) => x[1].start - y[1].start).map(([root]) => root);
  return ends.map(([a]) => {
    const root = find(a);
    const at = own.get(root) ?? copies[a] ?? { doc: docId, start: 0, end: 0 };
    const known = findClusterAt(stored, at)?.size;
    const counted = copies.filter((_, i) => find(i) === root).length;
    return { number: order.indexOf(root) + 1, copies: known ?? counted, at };
  });
}

/** A small deterministic generator, so a failure names the same echoes every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) >>> 0) % 1_000_003) / 1_000_003;
}

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

  it('gives what comparing every copy with every other gives, on shifted and overlapping copies', () => {
    const next = random(11);
    const docs = ['x', 'p', 'q', 'r'];
    const span = (): [string, number, number] => {
      const doc = next() < 0.6 ? 'x' : (docs[1 + Math.floor(next() * 3)] ?? 'p');
      // Passages at a few places, each found again slightly shifted or cut: copies that overlap.
      const start = Math.floor(next() * 12) * 100 + Math.floor(next() * 30);
      return [doc, start, start + 40 + Math.floor(next() * 90)];
    };
    for (let round = 0; round < 40; round++) {
      const echoes = Array.from({ length: 1 + Math.floor(next() * 60) }, () =>
        echo(span(), span()),
      );
      const stored: ClusterRecord[] = Array.from({ length: Math.floor(next() * 6) }, (_, c) => ({
        id: `c${c}`,
        kind: 'across',
        passages: Array.from({ length: 2 + Math.floor(next() * 4) }, () => {
          const [doc, start, end] = span();
          return { doc, start, end, similarity: 1, source: '', date: 0, imported: false };
        }),
        representative: 0,
        origin: 0,
        size: 10 + c,
        similarity: 1,
        words: 20,
        sources: 2,
        boilerplate: false,
        articles: 2,
        excerpt: '',
      }));
      expect(articleClusters(echoes, 'x', stored)).toEqual(everyPairClusters(echoes, 'x', stored));
    }
  });

  it('numbers the quote and the £200m paragraph apart when another paper reprinted them back to back', () => {
    const read = (path: string) =>
      readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
    const sample = { id: 'sample', text: read('seeds/000_7500752fa51d260b.txt') };
    const others = ['ledger', 'post'].map((id) => ({
      id,
      text: read(`tests/fixtures/reprints/${id}.txt`),
    }));
    // The reader's echoes as the worker sends them: within the article (clusters), with the
    // archive (pairs, the Ledger's cut in two where the quote and the £200m paragraph meet), and
    // the archive-wide scan.
    const index = new EchoIndex();
    for (const d of others) index.add(d.id, d.text);
    const echoes = [
      ...index.cutAtSeams(sample, [
        ...findEchoesWithin(sample),
        ...index.query(sample, undefined, { within: false }),
      ]),
    ].sort(strongestFirst);
    const stored: ClusterRecord[] = findClusters([sample, ...others]).map((c, i) => ({
      ...c,
      id: `c${i}`,
      passages: c.passages.map((p) => ({ ...p, source: '', date: 0, imported: false })),
      articles: new Set(c.passages.map((p) => p.doc)).size,
      excerpt: '',
    }));
    const found = articleClusters(echoes, 'sample', stored);
    const own = (e: Echo) => sample.text.slice(e.a.start, e.a.end);
    const quote = echoes.flatMap((e, i) => (own(e).startsWith('Among') ? [] : [found[i]]));
    const money = echoes.flatMap((e, i) => (own(e).startsWith('Among') ? [found[i]] : []));
    // Numbered in reading order: the quote first. The Ledger's echo over both paragraphs was
    // counted with the £200m paragraph, whose cluster it made the first in the text.
    expect(quote.map((c) => [c?.number, c?.copies])).toEqual([
      [1, 3],
      [1, 3],
      [1, 3],
    ]);
    expect(money.map((c) => [c?.number, c?.copies])).toEqual(Array(5).fill([2, 4]));
  });
});
