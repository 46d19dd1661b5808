import { describe, expect, it } from 'vitest';
import { EchoIndex } from '../core/echoes/echo-index';
import { fingerprintText, type Fingerprints } from '../core/echoes/fingerprint';
import { SENTENCES } from '../core/echoes/test-texts';
import { fingerprintsLookSound, pairSkips } from './skipped-articles';

const article = (...idx: number[]): string => idx.map((i) => SENTENCES[i]).join(' ');

/** Fingerprints that pass the index's own check but fail as soon as a scan aligns them. */
function failingOnAlignment(text: string): Fingerprints {
  const fp = { ...fingerprintText(text) };
  Object.defineProperty(fp, 'hashes', {
    get() {
      throw new RangeError('forced failure');
    },
  });
  return fp;
}

describe('an archive-wide scan with one article that cannot be processed', () => {
  it('finishes for the others and names the pair it had to leave out', async () => {
    const index = new EchoIndex();
    index.add('one', article(0, 1, 2));
    index.add('copy-of-one', article(1, 9, 7));
    index.add('bad', failingOnAlignment(article(4, 5, 1)));
    index.add('two', article(3, 4, 5));
    await expect(index.scanAll()).rejects.toThrow('forced failure');
    const failed: [string, string][] = [];
    const echoes = await index.scanAll({ onPairFailed: (a, b) => failed.push([a, b]) });
    const pairs = echoes.map((e) => [e.a.doc, e.b.doc].sort().join('+'));
    expect(pairs).toContain('copy-of-one+one');
    expect(pairs.some((p) => p.includes('bad'))).toBe(false);
    expect(failed.length).toBeGreaterThan(0);
    for (const pair of failed) expect(pair).toContain('bad');
  });
});

describe('an archive-wide cluster scan with one article whose comparisons fail', () => {
  it('finishes for the others, and names that article, once, with a partner', async () => {
    const index = new EchoIndex();
    index.add('one', article(0, 1, 2));
    index.add('copy-of-one', article(1, 9, 7, 0));
    index.add('bad', failingOnAlignment(article(0, 1, 2, 9)));
    index.add('two', article(3, 4, 5));
    index.add('copy-of-two', article(3, 4, 5, 8));
    await expect(index.scanClusters()).rejects.toThrow('forced failure');
    const failed: [string, string][] = [];
    const clusters = await index.scanClusters({ onPairFailed: (a, b) => failed.push([a, b]) });
    const docs = clusters.map((c) => [...new Set(c.passages.map((p) => p.doc))].sort().join('+'));
    expect(docs).toContain('copy-of-one+one');
    expect(docs).toContain('copy-of-two+two');
    expect(docs.some((d) => d.includes('bad'))).toBe(false);
    expect(failed.length).toBeGreaterThan(1);
    const named = pairSkips(failed);
    expect(named.map((s) => [s.id, s.reason])).toEqual([['bad', 'pair']]);
    expect(['one', 'copy-of-one']).toContain(named[0]?.other);
  });

  it('names one of a single failed pair, and an article failing with itself without a partner', () => {
    expect(pairSkips([['a', 'b']])).toEqual([{ id: 'a', reason: 'pair', other: 'b' }]);
    expect(pairSkips([['x', 'x']])).toEqual([{ id: 'x', reason: 'pair' }]);
    expect(pairSkips([])).toEqual([]);
  });
});

describe('fingerprintsLookSound', () => {
  it('accepts fingerprints as the engine makes and stores them', () => {
    const fp = fingerprintText(article(0, 1, 2, 3));
    expect(fingerprintsLookSound(fp)).toBe(true);
    expect(fingerprintsLookSound(structuredClone(fp))).toBe(true);
  });

  it('rejects missing, untyped, mismatched or out-of-range parts', () => {
    const fp = fingerprintText(article(0, 1, 2, 3));
    expect(fingerprintsLookSound(undefined)).toBe(false);
    expect(fingerprintsLookSound({ ...fp, hashes: undefined } as unknown as Fingerprints)).toBe(
      false,
    );
    expect(
      fingerprintsLookSound({ ...fp, starts: [...fp.starts] } as unknown as Fingerprints),
    ).toBe(false);
    expect(fingerprintsLookSound({ ...fp, ends: fp.ends.subarray(1) })).toBe(false);
    expect(fingerprintsLookSound({ ...fp, markPositions: fp.markPositions.subarray(1) })).toBe(
      false,
    );
    const far = Uint32Array.from(fp.markPositions);
    far[0] = fp.hashes.length;
    expect(fingerprintsLookSound({ ...fp, markPositions: far })).toBe(false);
  });
});
