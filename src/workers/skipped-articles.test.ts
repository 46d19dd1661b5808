import { describe, expect, it } from 'vitest';
import { EchoIndex } from '../core/echoes/echo-index';
import { fingerprintText, type Fingerprints } from '../core/echoes/fingerprint';
import { SENTENCES } from '../core/echoes/test-texts';
import { fingerprintsLookSound } from './skipped-articles';

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
