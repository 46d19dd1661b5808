import type { Alignment, Echo, Passage, Segment, SegmentKind } from '../model';
import { CONTINUES } from '../text/token-flags';
import { tokenise } from '../text/tokenise';
import type { TokenStream } from '../text/token-stream';
import { wordStarts } from '../text/unspaced-words';
import { DELETE, INSERT, KEEP, diffTerms } from './token-ops';

/**
 * Align two texts word by word: jsdiff on normalised terms, mapped back to the original words so
 * the segments tile both texts exactly. Words that match once normalised but are written
 * differently ("£200m" / "£200 million", "we’re" / "we are") and punctuation-only differences are
 * `equivalent`; the rest are `same`, `changed`, `inserted` or `deleted`.
 */
export function alignTexts(a: string, b: string, onProgress?: (done: number) => void): Alignment {
  // Shares of the whole for each phase (tokenising, the edit script, the segments), as measured
  // on two 10 MB versions; progress is told as a fraction of the whole, never going back.
  const termsA: string[] = [];
  const termsB: string[] = [];
  const ta = tokenise(a, termsA);
  onProgress?.(0.25);
  const tb = tokenise(b, termsB);
  onProgress?.(0.5);
  const ops = diffTerms(termsA, termsB, onProgress && ((done) => onProgress(0.5 + 0.3 * done)));
  onProgress?.(0.8);
  // Words counted as countWords counts them (a Thai word, not its letters), so Compare's figures
  // and the cluster cards' agree.
  const out = new SegmentList(wordStarts(a, ta), wordStarts(b, tb));
  const lead = (t: TokenStream, text: string): number =>
    t.count > 0 ? (t.starts[0] ?? 0) : text.length;
  out.gap(a, b, 0, lead(ta, a), 0, lead(tb, b));
  let i = 0;
  let j = 0;
  let op = 0;
  let nextReport = 1 << 16;
  while (op < ops.length) {
    const i0 = i;
    const j0 = j;
    let edits = 0;
    let keeps = 0;
    do {
      const o = ops[op++];
      if (o === KEEP) {
        i++;
        j++;
        keeps++;
      } else if (o === DELETE) {
        i++;
        edits |= 1;
      } else if (o === INSERT) {
        j++;
        edits |= 2;
      }
    } while (op < ops.length && !(atWordStart(ta, i) && atWordStart(tb, j)));
    const kind: SegmentKind =
      edits === 0
        ? 'same'
        : edits === 1 && keeps === 0
          ? 'deleted'
          : edits === 2 && keeps === 0
            ? 'inserted'
            : 'changed';
    out.chunk(kind, a, ta, i0, i, b, tb, j0, j);
    if (onProgress && op >= nextReport) {
      onProgress(0.8 + (0.2 * op) / ops.length);
      nextReport += 1 << 16;
    }
  }
  const segments = out.finish();
  // Told every 65,536 edit steps, the last report fell short of the end: say it is done.
  onProgress?.(1);
  return { segments };
}

/**
 * Align the two passages of an echo; spans index the full texts the echo's offsets refer to.
 * `onProgress` is told the fraction done (0–1) now and then, for a long alignment in a worker.
 */
export function alignEcho(
  echo: Echo,
  textA: string,
  textB: string,
  onProgress?: (done: number) => void,
): Alignment {
  const { a, b } = echo;
  if (a.end > textA.length || b.end > textB.length)
    throw new RangeError('alignEcho: the echo does not fit the texts given (wrong document?)');
  const inner = alignTexts(textA.slice(a.start, a.end), textB.slice(b.start, b.end), onProgress);
  return {
    segments: inner.segments.map((s) => ({
      ...s,
      a: { start: s.a.start + a.start, end: s.a.end + a.start },
      b: { start: s.b.start + b.start, end: s.b.end + b.start },
    })),
  };
}

/** Alignment of two passages (of one text or two), with spans as offsets into their whole texts. */
export function alignPassages(
  a: Passage,
  textA: string,
  b: Passage,
  textB: string,
  onProgress?: (done: number) => void,
): Alignment {
  return alignEcho(
    { kind: a.doc === b.doc ? 'within' : 'across', similarity: 0, a, b },
    textA,
    textB,
    onProgress,
  );
}

function atWordStart(t: TokenStream, i: number): boolean {
  return i >= t.count || ((t.flags[i] ?? 0) & CONTINUES) === 0;
}

function wordsIn(starts: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += starts[i] ?? 0;
  return n;
}

interface Draft {
  kind: SegmentKind;
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  wordsA: number;
  wordsB: number;
}

const isEdit = (k: SegmentKind): boolean => k === 'changed' || k === 'inserted' || k === 'deleted';

/** Collects segments, merging neighbours of one kind and runs of edits into one `changed`. */
class SegmentList {
  private readonly list: Draft[] = [];

  constructor(
    private readonly startsA: Uint8Array,
    private readonly startsB: Uint8Array,
  ) {}

  gap(a: string, b: string, a0: number, a1: number, b0: number, b1: number): void {
    if (a0 === a1 && b0 === b1) return;
    const kind = a.slice(a0, a1) === b.slice(b0, b1) ? 'same' : 'equivalent';
    this.push({ kind, a0, a1, b0, b1, wordsA: 0, wordsB: 0 });
  }

  chunk(
    kind: SegmentKind,
    a: string,
    ta: TokenStream,
    i0: number,
    i1: number,
    b: string,
    tb: TokenStream,
    j0: number,
    j1: number,
  ): void {
    const sa = span(ta, a, i0, i1);
    const sb = span(tb, b, j0, j1);
    const same = a.slice(sa.start, sa.end) === b.slice(sb.start, sb.end);
    const words = { wordsA: wordsIn(this.startsA, i0, i1), wordsB: wordsIn(this.startsB, j0, j1) };
    if (kind === 'deleted' || kind === 'inserted') {
      this.push({ kind, a0: sa.start, a1: sa.gapEnd, b0: sb.start, b1: sb.gapEnd, ...words });
      return;
    }
    const tokenKind = kind === 'same' && !same ? 'equivalent' : kind;
    this.push({ kind: tokenKind, a0: sa.start, a1: sa.end, b0: sb.start, b1: sb.end, ...words });
    this.gap(a, b, sa.end, sa.gapEnd, sb.end, sb.gapEnd);
  }

  finish(): Segment[] {
    return this.list.map((d) => ({
      kind: d.kind,
      a: { start: d.a0, end: d.a1 },
      b: { start: d.b0, end: d.b1 },
      words: Math.max(d.wordsA, d.wordsB),
    }));
  }

  private push(d: Draft): void {
    const last = this.list[this.list.length - 1];
    const touching = last !== undefined && last.a1 === d.a0 && last.b1 === d.b0;
    if (last && touching && (last.kind === d.kind || (isEdit(last.kind) && isEdit(d.kind)))) {
      if (last.kind !== d.kind) last.kind = 'changed';
      last.a1 = d.a1;
      last.b1 = d.b1;
      last.wordsA += d.wordsA;
      last.wordsB += d.wordsB;
    } else this.list.push(d);
  }
}

function span(t: TokenStream, text: string, from: number, to: number) {
  if (from === to) {
    const at = from < t.count ? (t.starts[from] ?? 0) : text.length;
    return { start: at, end: at, gapEnd: at };
  }
  const next = to < t.count ? (t.starts[to] ?? 0) : text.length;
  return { start: t.starts[from] ?? 0, end: t.ends[to - 1] ?? 0, gapEnd: next };
}
