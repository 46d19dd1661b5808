import { diffArrays } from 'diff';

/** Per-step edit script: 0 keeps a token on both sides, 1 deletes one from a, 2 inserts one from b. */
export const KEEP = 0;
/** Delete one token of side a. */
export const DELETE = 1;
/** Insert one token of side b. */
export const INSERT = 2;

/** Beyond this many edits jsdiff gives up and the middle is reported as one change. */
const MAX_EDITS = 20_000;

/**
 * The shortest edit script between two term sequences, from jsdiff over small integer ids (one id
 * per distinct term, so comparison is ===). Common ends are stripped first so long, barely edited
 * texts cost little.
 */
export function diffTerms(termsA: readonly string[], termsB: readonly string[]): Uint8Array {
  const ids = new Map<string, number>();
  const idOf = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  };
  const a = termsA.map(idOf);
  const b = termsB.map(idOf);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: number[] = new Array<number>(head).fill(KEEP);
  const changes = diffArrays(midA, midB, { maxEditLength: MAX_EDITS });
  if (changes) {
    for (const c of changes)
      ops.push(...new Array<number>(c.count).fill(c.added ? INSERT : c.removed ? DELETE : KEEP));
  } else {
    ops.push(
      ...new Array<number>(midA.length).fill(DELETE),
      ...new Array<number>(midB.length).fill(INSERT),
    );
  }
  for (let t = 0; t < tail; t++) ops.push(KEEP);
  return Uint8Array.from(ops);
}
