import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../core/echoes/fingerprint';
import { reuseShares, type ReuseCluster } from './reuse-shares';

const wire = 'The minister said the new bridge would open in the spring of next year.';
const texts: Record<string, string> = {
  a: `${wire} Local traders welcomed the news.`,
  b: `Opening words here. ${wire}`,
  c: `${wire} ${wire}`,
  v: `${wire} Updated with a correction.`,
  z: 'Nothing shared at all in this one.',
};
const span = (doc: string, from = 0): { doc: string; start: number; end: number } => {
  const text = texts[doc] ?? '';
  const start = text.indexOf(wire, from);
  return { doc, start, end: start + wire.length };
};
const tokens = (id: string) => {
  const text = texts[id];
  return text === undefined ? undefined : fingerprintText(text);
};

describe('reuseShares', () => {
  it('counts the words an article shares with other articles, and names them', () => {
    const clusters: ReuseCluster[] = [
      { boilerplate: false, passages: [span('a'), span('b'), span('v')] },
    ];
    const stories = (id: string): string => (id === 'v' ? 'a' : id);
    const shares = new Map(reuseShares(clusters, tokens, stories).map((r) => [r.articleId, r]));
    // 14 words of 19 in a; v is a version of a, so it is not reuse of a.
    expect(shares.get('a')).toMatchObject({ words: 19, reusedWords: 14, partnerCount: 1 });
    expect(shares.get('a')?.partners).toEqual([{ articleId: 'b', words: 14 }]);
    expect(shares.get('b')?.share).toBeCloseTo(14 / 17);
    expect(shares.get('b')?.partners.map((p) => p.articleId)).toEqual(['a', 'v']);
    expect(shares.has('z')).toBe(false);
  });

  it('never counts boilerplate or repeats inside one article', () => {
    const clusters: ReuseCluster[] = [
      { boilerplate: true, passages: [span('a'), span('b')] },
      { boilerplate: false, passages: [span('c'), span('c', 10)] },
    ];
    expect(reuseShares(clusters, tokens)).toEqual([]);
  });

  it('counts both copies inside one article when the cluster reaches another article', () => {
    const clusters: ReuseCluster[] = [
      { boilerplate: false, passages: [span('c'), span('c', 10), span('a')] },
    ];
    const c = reuseShares(clusters, tokens).find((r) => r.articleId === 'c');
    expect(c).toMatchObject({ words: 28, reusedWords: 28, share: 1 });
    expect(c?.partners).toEqual([{ articleId: 'a', words: 28 }]);
  });

  it('counts the shared words an article printed first, by the one rule of stated times', () => {
    const day = Date.UTC(2026, 2, 3);
    const when: Record<string, { at: number; timed: boolean }> = {
      a: { at: day + 6 * 3_600_000, timed: true },
      b: { at: day + 9 * 3_600_000, timed: true },
      c: { at: day, timed: false },
    };
    const printed = (doc: string) => ({ ...(when[doc] ?? { at: NaN }), source: doc, doc });
    const clusters: ReuseCluster[] = [
      { boilerplate: false, passages: [span('b'), span('a')] },
      { boilerplate: false, passages: [span('c'), span('b')] },
    ];
    const shares = new Map(
      reuseShares(clusters, tokens, undefined, printed).map((r) => [r.articleId, r]),
    );
    // a at 06:00 printed it before b's 09:00: all its shared words are its own first.
    expect(shares.get('a')).toMatchObject({ reusedWords: 14, firstWords: 14 });
    // b copied a; c gives the day alone, so it ties with b's 09:00 and is first too.
    expect(shares.get('b')).toMatchObject({ reusedWords: 14, firstWords: 14 });
    expect(shares.get('c')).toMatchObject({ reusedWords: 14, firstWords: 14 });
    // Without dates nothing is said of who printed first.
    expect(reuseShares(clusters, tokens)[0]?.firstWords).toBeUndefined();
  });
});
