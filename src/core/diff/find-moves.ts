import type { Alignment, Segment, Span } from '../model';
import { bagOfWords, bagSimilarity, type WordBag } from '../versions/paragraph-similarity';
import { splitParagraphs } from '../versions/paragraphs';
import { alignTexts } from './align-texts';

/**
 * A paragraph that changed place: `a` where it stood in the first text, `b` where it stands in
 * the second (spans of the whole texts), and the word alignment of the two, so edits made while
 * moving it are still shown word by word.
 */
export interface Move {
  readonly a: Span;
  readonly b: Span;
  readonly alignment: Alignment;
}

/** Options for {@link findMoves}. */
export interface FindMovesOptions {
  /** Paragraphs with fewer words are never called moved (a lone "Advertisement"). Default 3. */
  readonly minWords?: number;
  /** Dice similarity over words from which two paragraphs are near-identical. Default 0.8. */
  readonly minSimilarity?: number;
  /** Near-identical pairs are looked for only when left × right candidates are at most this. */
  readonly nearPairBudget?: number;
}

/** A paragraph the linear alignment did not keep in place, and where its side's segments point. */
interface Candidate {
  readonly span: Span;
  readonly bag: WordBag;
  /** The other text's range the alignment put against this paragraph (to tell a move from an edit). */
  readonly facing: Span;
}

// A paragraph is a candidate when at least this share of its characters the alignment did not
// keep (deleted or changed on its side): a moved paragraph whose copy lies elsewhere is not kept,
// bar a few common words a word diff may pair across it.
const unkeptShare = 0.5;

// Deleted and changed on side a, inserted and changed on side b (the others have empty spans there).
const isUnkept = (s: Segment): boolean => s.kind !== 'same' && s.kind !== 'equivalent';

/**
 * The paragraphs of one side the alignment left unkept, in text order. One sweep of paragraphs
 * and segments (both in text order): linear in their number.
 */
function candidatesOf(
  alignment: Alignment,
  text: string,
  side: 'a' | 'b',
  minWords: number,
): Candidate[] {
  const other = side === 'a' ? 'b' : 'a';
  const segments = alignment.segments;
  const first = segments[0]?.[side].start ?? 0;
  const last = segments[segments.length - 1]?.[side].end ?? 0;
  const out: Candidate[] = [];
  let s = 0;
  for (const whole of splitParagraphs(text)) {
    if (whole.end <= first || whole.start >= last) continue;
    // A paragraph the compared passage cuts is taken as far as the passage goes.
    const span = { start: Math.max(whole.start, first), end: Math.min(whole.end, last) };
    while (s < segments.length && (segments[s]?.[side].end ?? 0) <= span.start) s++;
    let unkept = 0;
    let facingStart = Infinity;
    let facingEnd = -Infinity;
    for (let k = s; k < segments.length; k++) {
      const seg = segments[k];
      if (!seg || seg[side].start >= span.end) break;
      const overlap = Math.min(seg[side].end, span.end) - Math.max(seg[side].start, span.start);
      if (overlap <= 0 && seg[side].start !== seg[side].end) continue;
      if (isUnkept(seg)) unkept += Math.max(0, overlap);
      facingStart = Math.min(facingStart, seg[other].start);
      facingEnd = Math.max(facingEnd, seg[other].end);
    }
    if (unkept < unkeptShare * (span.end - span.start)) continue;
    const bag = bagOfWords(text.slice(span.start, span.end));
    if (bag.size < minWords) continue;
    out.push({ span, bag, facing: { start: facingStart, end: facingEnd } });
  }
  return out;
}

/** True when the alignment already put `b` against `a` (an edit in place, not a move). */
const inPlace = (a: Candidate, b: Candidate): boolean =>
  a.facing.start < b.span.end && b.span.start < a.facing.end;

/**
 * Paragraphs the linear alignment shows as deleted on one side and inserted on the other while
 * they are the same paragraph (or nearly) in another place: reordered text. Identical paragraphs
 * (by their words, lower-cased) are paired through a map; near-identical ones by their words'
 * Dice similarity when the candidates left are few enough for every pair to be cheap. Each pair
 * is aligned word by word. Near-linear: a sweep per side, a map, and alignments of the moved
 * paragraphs only.
 */
export function findMoves(
  alignment: Alignment,
  textA: string,
  textB: string,
  options: FindMovesOptions = {},
): Move[] {
  const minWords = options.minWords ?? 3;
  const left = candidatesOf(alignment, textA, 'a', minWords);
  if (left.length === 0) return [];
  const right = candidatesOf(alignment, textB, 'b', minWords);
  if (right.length === 0) return [];
  const pairs: [Candidate, Candidate][] = [];
  const byKey = new Map<string, Candidate[]>();
  for (const c of right) {
    const list = byKey.get(c.bag.key);
    if (list) list.push(c);
    else byKey.set(c.bag.key, [c]);
  }
  const usedRight = new Set<Candidate>();
  const restLeft: Candidate[] = [];
  for (const a of left) {
    const b = byKey.get(a.bag.key)?.find((c) => !usedRight.has(c) && !inPlace(a, c));
    if (b) {
      usedRight.add(b);
      pairs.push([a, b]);
    } else restLeft.push(a);
  }
  const restRight = right.filter((c) => !usedRight.has(c));
  const budget = options.nearPairBudget ?? 40_000;
  if (restLeft.length * restRight.length <= budget) {
    const min = options.minSimilarity ?? 0.8;
    for (const a of restLeft) {
      let best: Candidate | undefined;
      let most = min;
      for (const b of restRight) {
        if (usedRight.has(b) || inPlace(a, b)) continue;
        const similarity = bagSimilarity(a.bag, b.bag);
        if (similarity >= most) {
          most = similarity;
          best = b;
        }
      }
      if (best) {
        usedRight.add(best);
        pairs.push([a, best]);
      }
    }
  }
  return pairs
    .sort((x, y) => x[0].span.start - y[0].span.start)
    .map(([a, b]) => ({
      a: a.span,
      b: b.span,
      alignment: alignSpans(textA, a.span, textB, b.span),
    }));
}

/** The word alignment of two spans, with offsets into the whole texts. */
function alignSpans(textA: string, a: Span, textB: string, b: Span): Alignment {
  const inner = alignTexts(textA.slice(a.start, a.end), textB.slice(b.start, b.end));
  return {
    segments: inner.segments.map((s) => ({
      ...s,
      a: { start: s.a.start + a.start, end: s.a.end + a.start },
      b: { start: s.b.start + b.start, end: s.b.end + b.start },
    })),
  };
}
