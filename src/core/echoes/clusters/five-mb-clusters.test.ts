import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../model';
import { findClusters } from '../find-clusters';
import { ArchiveClusters } from './archive-clusters';
import { SENTENCES, seededRandom } from '../test-texts';

/**
 * Issue 10's bad input: a 5 MB article gives sensible clusters, without error. Made-up words
 * (~800,000, from a vocabulary of ~100,000, so no run of them repeats by chance) with two
 * planted passages: one printed three times in the article (start, middle, end), one printed
 * once in it and once in a short second article.
 */
const syllables =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(
    ' ',
  );

function randomProse(count: number, seed: number): string {
  const next = seededRandom(seed);
  const syllable = (): string => syllables[Math.floor(next() * syllables.length)] ?? 'ba';
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = syllable() + syllable() + (next() < 0.5 ? syllable() : '');
    words.push((i + 1) % 12 === 0 ? `${word}.` : word);
  }
  return words.join(' ');
}
const within = SENTENCES.slice(0, 3).join(' ');
const across = SENTENCES.slice(5, 8).join(' ');

function bigArticle(): { text: string; withinAt: number[]; acrossAt: number } {
  const parts: string[] = [];
  const withinAt: number[] = [];
  let acrossAt = -1;
  let length = 0;
  const push = (part: string): number => {
    const at = length;
    parts.push(part);
    length += part.length + 2;
    return at;
  };
  for (let i = 0; length < 5_000_000; i++) {
    if (i === 1 || i === 400 || i === 700) withinAt.push(push(within));
    if (i === 300) acrossAt = push(across);
    push(randomProse(1_100, 7_000 + i));
  }
  return { text: parts.join('\n\n'), withinAt, acrossAt };
}

/** The passages of `cluster` in `doc`, sorted by start. */
const inDoc = (cluster: Cluster, doc: string) =>
  cluster.passages.filter((p) => p.doc === doc).sort((x, y) => x.start - y.start);

describe('clusters of a 5 MB article', () => {
  it('finds each planted passage whole, every copy in one cluster, and nothing else', () => {
    const big = bigArticle();
    expect(big.text.length).toBeGreaterThan(5_000_000);
    const short = `${randomProse(300, 99)}\n\n${across}\n\n${randomProse(200, 98)}`;
    const clusters = findClusters([
      { id: 'big', text: big.text },
      { id: 'short', text: short },
    ]);
    expect(clusters).toHaveLength(2);

    const repeated = clusters.find((c) => c.kind === 'within');
    if (!repeated) throw new Error('no cluster within the article');
    expect(repeated.size).toBe(3);
    expect(inDoc(repeated, 'big').map((p) => p.start)).toEqual(big.withinAt);
    for (const p of repeated.passages) expect(big.text.slice(p.start, p.end)).toBe(within);

    const travelled = clusters.find((c) => c.kind === 'across');
    if (!travelled) throw new Error('no cluster across the articles');
    expect(travelled.size).toBe(2);
    const [inBig] = inDoc(travelled, 'big');
    const [inShort] = inDoc(travelled, 'short');
    expect(inBig && big.text.slice(inBig.start, inBig.end)).toBe(across);
    expect(inShort && short.slice(inShort.start, inShort.end)).toBe(across);
    expect(inBig?.start).toBe(big.acrossAt);

    // The archive-scale scan (the app's cluster list, the CLI) finds the same.
    const archive = new ArchiveClusters();
    archive.add('big', big.text);
    archive.add('short', short);
    expect(archive.clusters((id) => (id === 'big' ? big.text : short))).toEqual(clusters);
  }, 300_000);
});
