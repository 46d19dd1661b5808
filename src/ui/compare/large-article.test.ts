import { describe, expect, it } from 'vitest';
import { EchoIndex } from '../../core/echoes/echo-index';
import { fingerprintText } from '../../core/echoes/fingerprint';
import { findEchoesWithin } from '../../core/echoes/find-echoes-within';
import { randomProse, seededRandom } from '../../core/echoes/test-texts';
import { summariseAlignment } from '../../core/diff/summarise-alignment';
import { articleEchoes, strongestEchoes } from '../../workers/article-echoes';
import { alignPassages } from '../data/align';
import { differenceCount, sideFragments } from './fragments';
import { alignWithMoves } from '../../core/diff/align-moves';
import { movedSideFragments, numberDifferences } from './moved-fragments';
import { summariseWithMoves } from '../../core/diff/moved-summary';

/**
 * The case: a 3 MB plain-text article (about 530,000 words) that import accepts must
 * scan and compare like any other. Its repeated paragraph makes one echo within it; its second
 * version differs by a few edits.
 */
function largeArticle(): { text: string; edited: string; repeated: string } {
  const repeated =
    'The council agreed on Tuesday to spend £200m on new flood defences along the river, after a winter of floods.';
  const body = randomProse(520_000, 11);
  const middle = Math.floor(body.length / 2);
  const text = `${repeated}\n\n${body.slice(0, middle)}\n\n${repeated}\n\n${body.slice(middle)}`;
  const edited = text
    .replace('after a winter of floods', 'after a winter of heavy floods')
    .replace(body.slice(1000, 1040), 'a sentence the second version put in here')
    .concat('\n\nA closing line added later.');
  return { text, edited, repeated };
}

describe('a 3 MB article', () => {
  it('is scanned (within, and against an archive holding its other version) and compared', () => {
    const { text, edited, repeated } = largeArticle();
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(3_000_000);

    // The scan as the worker runs it: the archive's index holds stored (cloned) fingerprints.
    const index = new EchoIndex();
    index.add('second', structuredClone(fingerprintText(edited)));
    const doc = { id: 'first', text };
    const echoes = articleEchoes(doc, ['second'], {
      within: (d) => findEchoesWithin(d),
      across: (d) => index.query(d, undefined, { within: false }),
    });
    const within = echoes.filter((e) => e.kind === 'within');
    expect(within.some((e) => text.slice(e.a.start, e.a.end).includes('£200m'))).toBe(true);
    expect(within.every((e) => e.a.end - e.a.start < repeated.length * 2)).toBe(true);
    const version = echoes.filter((e) => e.kind === 'version');
    expect(version.length).toBeGreaterThan(0);
    const covered = version.reduce((sum, e) => sum + (e.a.end - e.a.start), 0);
    expect(covered).toBeGreaterThan(text.length * 0.9);

    // Compare side by side: the whole two versions, as the compare screen aligns and cuts them.
    const alignment = alignPassages(
      { doc: 'first', start: 0, end: text.length },
      text,
      { doc: 'second', start: 0, end: edited.length },
      edited,
    );
    const counts = summariseAlignment(alignment);
    expect(counts.same).toBeGreaterThan(500_000);
    expect(counts.inserted + counts.changed).toBeGreaterThan(0);
    const left = sideFragments(alignment, text, 'a', false);
    const right = sideFragments(alignment, edited, 'b', false);
    expect(left.map((f) => f.text).join('')).toBe(text);
    expect(right.map((f) => f.text).join('')).toBe(edited);
    expect(differenceCount(right)).toBeGreaterThanOrEqual(3);
  }, 300_000);
});

/** Adversarial shapes of a text import accepts, at a size a test runs in seconds. */
function shapes(): Record<string, string> {
  const next = seededRandom(5);
  const words = ['the', 'is', 'a', 'and', 'for', 'that', 'are'];
  const pick = (from: readonly string[]): string => from[Math.floor(next() * from.length)] ?? '';
  const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
  const sentence = 'The council said on Tuesday that the new bridge would open in the spring.';
  return {
    'random words from a tiny vocabulary': Array.from({ length: 40_000 }, () => pick(words)).join(
      ' ',
    ),
    'one sentence printed 3,000 times': Array<string>(3_000).fill(sentence).join('\n\n'),
    'no space at all': Array.from({ length: 200_000 }, () => pick(letters)).join(''),
    'news on one line': randomProse(40_000, 12).replace(/\n+/g, ' '),
  };
}

describe('adversarial articles', () => {
  for (const [shape, text] of Object.entries(shapes()))
    it(`${shape}: scanned (within, and against its edited copy) and compared`, () => {
      const cut = Math.floor(text.length * 0.6);
      const edited = `${text.slice(0, cut)} zyzzyva ${text.slice(cut)}`;
      const index = new EchoIndex();
      index.add('second', fingerprintText(edited));
      // As the echo worker scans an article, and cuts what it sends.
      const found = articleEchoes({ id: 'first', text }, [], {
        within: (d) => findEchoesWithin(d),
        across: (d) => index.query(d, undefined, { within: false }),
      });
      const { echoes, omitted } = strongestEchoes(found);
      expect(echoes.length + omitted).toBe(found.length);
      for (const e of echoes) {
        expect(e.a.end).toBeLessThanOrEqual(text.length);
        expect(e.a.start).toBeLessThan(e.a.end);
      }
      const alignment = alignPassages(
        { doc: 'first', start: 0, end: text.length },
        text,
        { doc: 'second', start: 0, end: edited.length },
        edited,
      );
      const left = sideFragments(alignment, text, 'a', false);
      const right = sideFragments(alignment, edited, 'b', false);
      expect(left.map((f) => f.text).join('')).toBe(text);
      expect(right.map((f) => f.text).join('')).toBe(edited);
      expect(differenceCount(right)).toBeGreaterThanOrEqual(1);
    }, 60_000);
});

describe('adversarial articles with a stretch moved to the end', () => {
  for (const [shape, text] of Object.entries(shapes()))
    it(`${shape}: compared, moves and all, with both columns whole`, () => {
      // Cut at a paragraph break about a third in, else at a space, else anywhere.
      const third = Math.floor(text.length / 3);
      const breakAt = text.indexOf('\n\n', third);
      const spaceAt = text.indexOf(' ', third);
      const cut = breakAt >= 0 ? breakAt : spaceAt >= 0 ? spaceAt : third;
      const moved = `${text.slice(cut).trimStart()}\n\n${text.slice(0, cut)}`;
      const whole = (doc: string, t: string) => ({ doc, start: 0, end: t.length });
      const { alignment, moves } = alignWithMoves(whole('a', text), text, whole('b', moved), moved);
      const numbers = numberDifferences(alignment, moves, text, moved, false);
      const texts = { a: text, b: moved };
      const left = movedSideFragments(alignment, moves, numbers, texts, 'a', false);
      const right = movedSideFragments(alignment, moves, numbers, texts, 'b', false);
      expect(left.map((f) => f.text).join('')).toBe(text);
      expect(right.map((f) => f.text).join('')).toBe(moved);
      const { counts, moved: movedWords } = summariseWithMoves(alignment, moves, text, moved);
      expect(Object.values(counts).every((n) => n >= 0)).toBe(true);
      expect(movedWords).toBeGreaterThanOrEqual(0);
      // Moves never overlap on either side.
      for (const side of ['a', 'b'] as const) {
        const spans = moves.map((m) => m[side]).sort((x, y) => x.start - y.start);
        spans.forEach((s, i) => expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0));
      }
    }, 60_000);
});
