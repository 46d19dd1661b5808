import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEchoesWithin } from '../../core/echoes/find-echoes-within';
import { clip, clipPair } from './clip-pair';

const seed = readFileSync(
  new URL('../../../seeds/000_7500752fa51d260b.txt', import.meta.url),
  'utf8',
);

/** Where two texts first differ. */
function firstDifference(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return at;
}

describe('clipPair', () => {
  it('shows, in each of the founding case’s echoes, the words where its two copies part', () => {
    const echoes = findEchoesWithin({ id: 'seed', text: seed });
    expect(echoes).toHaveLength(2);
    for (const echo of echoes) {
      const a = seed.slice(echo.a.start, echo.a.end);
      const b = seed.slice(echo.b.start, echo.b.end);
      const [shownA, shownB] = clipPair(a, b);
      const at = firstDifference(a, b);
      // The first differing words, and a few characters after them, are in view on both sides.
      expect(shownA).toContain(a.slice(at, at + 12));
      expect(shownB).toContain(b.slice(at, at + 12));
      expect(shownA.length).toBeLessThanOrEqual(112);
    }
  });

  it('cuts both from their starts when they differ early or not at all', () => {
    const a =
      'Among the latest supportive measures being proposed by Britain is £200m of funding '.repeat(
        3,
      );
    const b = a.replace('supportive ', '');
    expect(clipPair(a, b)).toEqual([clip(a), clip(b)]);
    expect(clipPair(a, a)).toEqual([clip(a), clip(a)]);
  });

  it('skips the same shared words on both sides, starting at a word', () => {
    const shared =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen ';
    const [a, b] = clipPair(`${shared}we’re providing`, `${shared}that we are providing`);
    expect(a.startsWith('…')).toBe(true);
    expect(a.slice(1, 20)).toBe(b.slice(1, 20));
    expect(shared).toContain(a.slice(1, a.indexOf(' we’re')));
    expect(a).toContain('we’re providing');
    expect(b).toContain('that we are providing');
  });
});
