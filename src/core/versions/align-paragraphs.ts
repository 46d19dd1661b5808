import { longestIncreasing } from '../diff/longest-increasing';
import type { Span } from '../model';
import { bagOfWords, bagSimilarity } from './paragraph-similarity';
import { splitParagraphs } from './paragraphs';

/**
 * One row of two versions shown side by side. Indices point into the paragraph lists. A moved
 * paragraph appears twice: `moved-out` where it stood in A, `moved-in` where it stands in B.
 */
export type ParagraphRow =
  | { readonly kind: 'same'; readonly a: number; readonly b: number }
  | {
      readonly kind: 'changed';
      readonly a: number;
      readonly b: number;
      readonly similarity: number;
    }
  | { readonly kind: 'deleted'; readonly a: number }
  | { readonly kind: 'inserted'; readonly b: number }
  | {
      readonly kind: 'moved-out' | 'moved-in';
      readonly a: number;
      readonly b: number;
      readonly similarity: number;
    };

/** Two versions' paragraphs and the rows that align them. */
export interface ParagraphAlignment {
  readonly a: readonly Span[];
  readonly b: readonly Span[];
  readonly rows: readonly ParagraphRow[];
}

/** Options for {@link alignParagraphs}. */
export interface AlignParagraphsOptions {
  /** Paragraphs less similar than this (Dice over words) are never paired. Default 0.5. */
  readonly minSimilarity?: number;
}

interface Pair {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/** Pairs each paragraph with at most one on the other side, most similar pairs first. */
function matchParagraphs(
  textA: string,
  a: readonly Span[],
  textB: string,
  b: readonly Span[],
  min: number,
): Pair[] {
  const bagsA = a.map((span) => bagOfWords(textA.slice(span.start, span.end)));
  const bagsB = b.map((span) => bagOfWords(textB.slice(span.start, span.end)));
  const candidates: Pair[] = [];
  bagsA.forEach((bagA, i) => {
    bagsB.forEach((bagB, j) => {
      const similarity = bagSimilarity(bagA, bagB);
      if (similarity >= min) candidates.push({ a: i, b: j, similarity });
    });
  });
  // Ties go to the pair closest in relative position, so repeated paragraphs pair in order.
  const offset = (p: Pair): number =>
    Math.abs(p.a / Math.max(1, a.length) - p.b / Math.max(1, b.length));
  candidates.sort((x, y) => y.similarity - x.similarity || offset(x) - offset(y) || x.a - y.a);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Pair[] = [];
  for (const pair of candidates) {
    if (usedA.has(pair.a) || usedB.has(pair.b)) continue;
    usedA.add(pair.a);
    usedB.add(pair.b);
    pairs.push(pair);
  }
  return pairs.sort((x, y) => x.a - y.a);
}

/**
 * Aligns the paragraphs of two versions of a story: unchanged and edited paragraphs side by side,
 * paragraphs that changed place shown as moved (not as deleted plus inserted).
 */
export function alignParagraphs(
  textA: string,
  textB: string,
  options: AlignParagraphsOptions = {},
): ParagraphAlignment {
  const a = splitParagraphs(textA);
  const b = splitParagraphs(textB);
  const pairs = matchParagraphs(textA, a, textB, b, options.minSimilarity ?? 0.5);
  // The longest run of pairs in order on both sides stays put; the other pairs moved.
  const anchors = new Set(longestIncreasing(pairs, (pair) => pair.b));
  const movedByA = new Map<number, Pair>();
  const movedByB = new Map<number, Pair>();
  for (const pair of pairs) {
    if (anchors.has(pair)) continue;
    movedByA.set(pair.a, pair);
    movedByB.set(pair.b, pair);
  }
  const rows: ParagraphRow[] = [];
  let i = 0;
  let j = 0;
  const flushTo = (endA: number, endB: number): void => {
    for (; i < endA; i += 1) {
      const moved = movedByA.get(i);
      rows.push(moved ? { kind: 'moved-out', ...moved } : { kind: 'deleted', a: i });
    }
    for (; j < endB; j += 1) {
      const moved = movedByB.get(j);
      rows.push(moved ? { kind: 'moved-in', ...moved } : { kind: 'inserted', b: j });
    }
  };
  for (const pair of [...anchors].sort((x, y) => x.a - y.a)) {
    flushTo(pair.a, pair.b);
    const same =
      textA.slice(a[pair.a]?.start, a[pair.a]?.end) ===
      textB.slice(b[pair.b]?.start, b[pair.b]?.end);
    rows.push(same ? { kind: 'same', a: pair.a, b: pair.b } : { kind: 'changed', ...pair });
    i = pair.a + 1;
    j = pair.b + 1;
  }
  flushTo(a.length, b.length);
  return { a, b, rows };
}
