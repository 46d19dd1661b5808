import { diffArrays } from 'diff';
import { patienceAnchors } from './patience-anchors';

/** Per-step edit script: 0 keeps a token on both sides, 1 deletes one from a, 2 inserts one from b. */
export const KEEP = 0;
/** Delete one token of side a. */
export const DELETE = 1;
/** Insert one token of side b. */
export const INSERT = 2;

/** Ranges whose sides multiply to at most this go straight to jsdiff (Myers, O((n+m)·d)). */
const DIRECT_CELLS = 250_000;
/** Edits jsdiff may spend on a large range with no anchors before it is called one change. */
const FALLBACK_EDITS = 200;

/**
 * The edit script between two term sequences. jsdiff (Myers) aligns small stretches; long ones are
 * first cut at patience anchors (terms found exactly once on each side, in order), so two long
 * versions cost little and two unrelated texts cannot take quadratic time.
 */
export function diffTerms(
  termsA: readonly string[],
  termsB: readonly string[],
  onProgress?: (done: number) => void,
): Uint8Array {
  const ids = new Map<string, number>();
  const idOf = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  };
  const a = termsA.map(idOf);
  const b = termsB.map(idOf);
  const ops: number[] = [];
  diffRange(a, 0, a.length, b, 0, b.length, ops, onProgress);
  return Uint8Array.from(ops);
}

function repeat(ops: number[], op: number, n: number): void {
  for (let i = 0; i < n; i++) ops.push(op);
}

/** Work left to do, run last-in first-out: align a range, or keep `n` tokens. */
type Task =
  | { readonly a0: number; readonly a1: number; readonly b0: number; readonly b1: number }
  | { readonly keep: number };

// A task stack, not recursion: anchors nest as deep as the texts are long.
function diffRange(
  a: number[],
  a0: number,
  a1: number,
  b: number[],
  b0: number,
  b1: number,
  ops: number[],
  onProgress?: (done: number) => void,
): void {
  const tasks: Task[] = [{ a0, a1, b0, b1 }];
  // Ops come out in text order, at least one per token of the longer side: their count says how
  // far along it is.
  const whole = Math.max(1, a1 - a0, b1 - b0);
  let step = 0;
  for (let task = tasks.pop(); task; task = tasks.pop()) {
    if ('keep' in task) repeat(ops, KEEP, task.keep);
    else diffOne(a, b, task, ops, tasks);
    if (onProgress && ++step % 1024 === 0) onProgress(Math.min(1, ops.length / whole));
  }
}

/** Align one range, or split it at patience anchors into tasks pushed for later (in reverse). */
function diffOne(
  a: number[],
  b: number[],
  range: { a0: number; a1: number; b0: number; b1: number },
  ops: number[],
  tasks: Task[],
): void {
  let { a0, b0 } = range;
  const { a1, b1 } = range;
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    ops.push(KEEP);
    a0++;
    b0++;
  }
  let tail = 0;
  while (a1 - tail > a0 && b1 - tail > b0 && a[a1 - 1 - tail] === b[b1 - 1 - tail]) tail++;
  const ea = a1 - tail;
  const eb = b1 - tail;
  if (ea === a0 || eb === b0) {
    repeat(ops, DELETE, ea - a0);
    repeat(ops, INSERT, eb - b0);
    repeat(ops, KEEP, tail);
    return;
  }
  if ((ea - a0) * (eb - b0) <= DIRECT_CELLS) {
    myers(a.slice(a0, ea), b.slice(b0, eb), ops, undefined);
    repeat(ops, KEEP, tail);
    return;
  }
  const anchors = patienceAnchors(a, a0, ea, b, b0, eb);
  if (anchors.length === 0) {
    myers(a.slice(a0, ea), b.slice(b0, eb), ops, FALLBACK_EDITS);
    repeat(ops, KEEP, tail);
    return;
  }
  const later: Task[] = [];
  let pa = a0;
  let pb = b0;
  for (const [ia, ib] of anchors) {
    later.push({ a0: pa, a1: ia, b0: pb, b1: ib }, { keep: 1 });
    pa = ia + 1;
    pb = ib + 1;
  }
  later.push({ a0: pa, a1: ea, b0: pb, b1: eb }, { keep: tail });
  for (let i = later.length - 1; i >= 0; i--) {
    const t = later[i];
    if (t) tasks.push(t);
  }
}

function myers(a: number[], b: number[], ops: number[], maxEditLength: number | undefined): void {
  const changes =
    maxEditLength === undefined ? diffArrays(a, b) : diffArrays(a, b, { maxEditLength });
  if (!changes) {
    repeat(ops, DELETE, a.length);
    repeat(ops, INSERT, b.length);
    return;
  }
  for (const c of changes) repeat(ops, c.added ? INSERT : c.removed ? DELETE : KEEP, c.count);
}
