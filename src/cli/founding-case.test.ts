import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignToRepresentative } from '../core/diff/align-cluster';
import { alignEcho } from '../core/diff/align-texts';
import { findClusters } from '../core/echoes/find-clusters';
import { findEchoesWithin } from '../core/echoes/find-echoes-within';
import type { Cluster, Echo } from '../core/model';

/** The built-in sample: one quote and one paragraph each printed twice, edited (seeds/). */
const text = readFileSync(new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url), 'utf8');
const echoes = findEchoesWithin({ id: 'sample', text });
const passage = (p: Echo['a']): string => text.slice(p.start, p.end);
const edits = (echo: Echo) =>
  alignEcho(echo, text, text)
    .segments.filter((s) => s.kind !== 'same')
    .map((s) => [
      s.kind,
      text.slice(s.a.start, s.a.end).trim(),
      text.slice(s.b.start, s.b.end).trim(),
    ]);
const pairWith = (start: string): Echo => {
  const echo = echoes.slice(0, 2).find((e) => passage(e.a).startsWith(start));
  if (!echo) throw new Error(`no strongest echo starts with "${start}"`);
  return echo;
};

describe('the founding case (seeds/000_7500752fa51d260b.txt)', () => {
  it('returns the Healey quote as one echo covering both whole sentences', () => {
    const echo = pairWith('I am proud that the UK');
    expect(passage(echo.a)).toBe(
      'I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support we’re providing this year.’',
    );
    expect(passage(echo.b)).toBe(
      'I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support that we are providing this year.’',
    );
    expect(edits(echo)).toEqual([
      ['inserted', '', 'that'],
      ['equivalent', 'we’re', 'we are'],
    ]);
  });

  it('returns the £200m paragraph as one echo with money equivalent and real edits changed', () => {
    const echo = pairWith('Among the latest');
    expect(passage(echo.a)).toMatch(/^Among the latest supportive measures .* for Ukraine\.$/s);
    expect(passage(echo.b)).toMatch(/^Among the latest measures .* for the Ukraine\.$/s);
    const found = edits(echo);
    expect(found).toContainEqual(['equivalent', '£200m', '£200 million']);
    expect(found).toContainEqual(['deleted', 'supportive', '']);
    const changedWords = found
      .filter(([k]) => k !== 'equivalent')
      .flatMap(([, a, b]) => `${a} ${b}`.split(/[\s‘’]+/));
    for (const word of ['supportive', 'so', 'that', 'a', 'the'])
      expect(changedWords).toContain(word);
  });

  it('reports no echo made of stock phrases ("coalition of the willing") and no overlaps', () => {
    expect(echoes.length).toBeGreaterThanOrEqual(2);
    for (const e of echoes) {
      expect(e.a.end).toBeLessThanOrEqual(e.b.start);
      expect(passage(e.a)).not.toContain('coalition of the willing');
      expect(passage(e.b)).not.toContain('coalition of the willing');
    }
  });
});

describe('the founding case as clusters', () => {
  const clusters = findClusters([{ id: 'sample', text }]);
  const texts = (c: Cluster) => c.passages.map((p) => text.slice(p.start, p.end));

  it('gives exactly two clusters of two, each passage the whole echo passage', () => {
    expect(clusters.map((c) => [c.kind, c.size, c.boilerplate])).toEqual([
      ['within', 2, false],
      ['within', 2, false],
    ]);
    const expected = echoes.slice(0, 2).map((e) => [passage(e.a), passage(e.b)].sort());
    expect(clusters.map((c) => texts(c).sort())).toEqual(expect.arrayContaining(expected));
  });

  it('marks the same equivalents and changes when a copy is aligned to its representative', () => {
    for (const c of clusters) {
      const other = c.representative === 0 ? 1 : 0;
      const pair = alignToRepresentative(c, other, () => text)
        .segments.filter((s) => s.kind !== 'same')
        .map((s) => [
          s.kind,
          text.slice(s.a.start, s.a.end).trim(),
          text.slice(s.b.start, s.b.end).trim(),
        ]);
      const echo = echoes.find((e) => texts(c).includes(passage(e.a)));
      if (!echo) throw new Error('cluster without its echo');
      const repIsA = c.passages[c.representative]?.start === echo.a.start;
      const flip = ([k, a, b]: string[]) =>
        repIsA
          ? [k, a, b]
          : [k === 'inserted' ? 'deleted' : k === 'deleted' ? 'inserted' : k, b, a];
      expect(pair.map((p) => flip(p as string[]))).toEqual(edits(echo));
    }
  });
});
