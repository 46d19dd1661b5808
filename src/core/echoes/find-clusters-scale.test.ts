import { describe, expect, it } from 'vitest';
import type { Cluster } from '../model';
import { findClusters } from './find-clusters';
import { SENTENCES, seededRandom } from './test-texts';

const paragraph = SENTENCES.slice(0, 4).join(' ');
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pa', 'do', 'gu'];

/** Filler of made-up words, so the only repeats in a test are the planted ones. */
const filler = (words: number, seed: number): string => {
  const next = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let w = '';
    for (let s = 0; s < 3; s++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? '';
    out.push((i + 1) % 12 === 0 ? `${w}.` : w);
  }
  return out.join(' ');
};

const noOverlaps = (c: Cluster) => {
  const sorted = [...c.passages].sort((x, y) =>
    x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start,
  );
  for (let i = 1; i < sorted.length; i++) {
    const [p, q] = [sorted[i - 1], sorted[i]];
    if (p && q && p.doc === q.doc) expect(p.end).toBeLessThanOrEqual(q.start);
  }
};

describe('findClusters at many copies', () => {
  it('joins a paragraph printed in 300 of 400 articles into one cluster of 300, no cap', () => {
    const edited = paragraph.replace('on Tuesday', 'on Tuesday night').replace('4,000', '4000');
    const docs = Array.from({ length: 400 }, (_, i) => ({
      id: `d${i}`,
      text: `${filler(80, i + 1)}. ${i < 300 ? (i % 2 ? edited : paragraph) : ''} ${filler(40, i + 5000)}`,
    }));
    const clusters = findClusters(docs);
    expect(clusters.map((c) => c.size)).toEqual([300]);
    const [c] = clusters as [Cluster];
    for (const p of c.passages) {
      const text = docs.find((d) => d.id === p.doc)?.text.slice(p.start, p.end);
      expect([paragraph, edited]).toContain(text);
    }
  });

  it('makes one paragraph repeated 1,000 times in one file one cluster of 1,000 copies', () => {
    const text = `${paragraph}\n\n`.repeat(1000);
    const clusters = findClusters([{ id: 'r', text }]);
    expect(clusters.map((c) => [c.kind, c.size, c.boilerplate])).toEqual([['within', 1000, false]]);
    const [c] = clusters as [Cluster];
    for (const p of c.passages) expect(text.slice(p.start, p.end)).toBe(paragraph);
  });

  it('keeps one sentence repeated back to back as one cluster of whole, separate copies', () => {
    const sentence = SENTENCES[0] ?? '';
    const text = `${sentence} `.repeat(200);
    const [c, ...rest] = findClusters([{ id: 's', text }]);
    expect(rest).toEqual([]);
    expect(c?.size).toBe(200);
    for (const p of c?.passages ?? []) expect(text.slice(p.start, p.end)).toBe(sentence);
  });

  it.each([
    ['one word repeated 100,000 times', 'Ukraine '.repeat(100_000)],
    ['two words alternating 50,000 times', 'left right '.repeat(50_000)],
  ])('gives a small, sensible answer for %s', (_, text) => {
    const clusters = findClusters([{ id: 'd', text }]);
    expect(clusters.length).toBeLessThan(5);
    for (const c of clusters) noOverlaps(c);
  });

  it('gives no cluster, and no error, for empty texts and texts with no words', () => {
    const docs = [
      { id: 'empty', text: '' },
      { id: 'dots', text: '… — !!\n\n…' },
      { id: 'spaces', text: ' \n\t '.repeat(1000) },
      { id: 'one', text: SENTENCES[0] ?? '' },
    ];
    expect(findClusters(docs)).toEqual([]);
  });
});
