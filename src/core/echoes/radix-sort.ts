/** Below this many entries a comparison sort beats four counting passes. */
const SMALL = 4096;

function smallSort(
  keys: Uint32Array,
  values: Uint32Array,
): { keys: Uint32Array; values: Uint32Array } {
  const order = Array.from({ length: keys.length }, (_, i) => i);
  order.sort((x, y) => (keys[x] ?? 0) - (keys[y] ?? 0) || x - y);
  return {
    keys: Uint32Array.from(order, (i) => keys[i] ?? 0),
    values: Uint32Array.from(order, (i) => values[i] ?? 0),
  };
}

/**
 * Stable LSD radix sort of `values` by 32-bit `keys` (four 8-bit passes), returning new arrays.
 * Linear time and no comparator calls: the index sorts millions of marks this way. The input
 * arrays are reused as scratch space.
 */
export function radixSortPairs(
  keys: Uint32Array,
  values: Uint32Array,
): { keys: Uint32Array; values: Uint32Array } {
  return finished(radixSortPairsInSteps(keys, values));
}

/**
 * radixSortPairs in steps: it yields after each of its four passes (each ~0.1 s over a few
 * million pairs), so a caller may pause between them, and returns the sorted arrays.
 */
export function* radixSortPairsInSteps(
  keys: Uint32Array,
  values: Uint32Array,
): Generator<void, { keys: Uint32Array; values: Uint32Array }, void> {
  if (keys.length < SMALL) return smallSort(keys, values);
  const sorted = yield* carryingPasses(keys, values, values);
  return { keys: sorted.keys, values: sorted.a };
}

/** Runs `steps` to its end, with no pause between them; what it returns. */
export function finished<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Stable LSD radix sort of two parallel arrays `a` and `b` by 32-bit `keys`, carried through
 * each pass rather than gathered afterwards through a permutation: at millions of entries the
 * gather's random reads cost more than the sort. The inputs are reused as scratch space; `a` and
 * `b` may be the same array (one value array).
 */
export function radixSortCarrying(
  keys: Uint32Array,
  a: Uint32Array,
  b: Uint32Array,
): { keys: Uint32Array; a: Uint32Array; b: Uint32Array } {
  return finished(carryingPasses(keys, a, b));
}

// radixSortCarrying's passes, yielding after each.
function* carryingPasses(
  keys: Uint32Array,
  a: Uint32Array,
  b: Uint32Array,
): Generator<void, { keys: Uint32Array; a: Uint32Array; b: Uint32Array }, void> {
  const n = keys.length;
  const one = a === b;
  let k1 = keys;
  let a1 = a;
  let b1 = b;
  let k2: Uint32Array = new Uint32Array(n);
  let a2: Uint32Array = new Uint32Array(n);
  let b2: Uint32Array = one ? a2 : new Uint32Array(n);
  // Four 8-bit passes rather than two 16-bit ones: 256 write positions per array stay in the
  // cache, where 65,536 do not, and each pass is that much cheaper than the fewer passes save.
  const counts = new Uint32Array(257);
  for (let shift = 0; shift < 32; shift += 8) {
    bucketStarts(k1, shift, counts);
    // One value array passes as both `a` and `b`: the second write of each entry is the same
    // value to the same place, cheaper than keeping a copy of the pass for that case.
    scatter(k1, a1, b1, k2, a2, b2, shift, counts);
    [k1, k2] = [k2, k1];
    [a1, a2] = [a2, a1];
    [b1, b2] = [b2, b1];
    yield;
  }
  return { keys: k1, a: a1, b: one ? a1 : b1 };
}

// The passes are functions of their own: a loop of millions of entries inside one big function
// is compiled on the stack (OSR) and thrown back to the interpreter when the code after it runs
// for the first time; small functions are compiled once, whole.

// counts[x] = where keys with byte x (at `shift`) start in the output.
function bucketStarts(keys: Uint32Array, shift: number, counts: Uint32Array): void {
  counts.fill(0);
  countBytes(keys, shift, counts);
  for (let x = 1; x <= 256; x++) counts[x] = (counts[x] ?? 0) + (counts[x - 1] ?? 0);
}

// Nothing follows the loop: the code compiled while it runs never meets code it has not seen.
function countBytes(keys: Uint32Array, shift: number, counts: Uint32Array): void {
  for (let i = 0; i < keys.length; i++) {
    const slot = (((keys[i] ?? 0) >>> shift) & 0xff) + 1;
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
}

function scatter(
  k1: Uint32Array,
  a1: Uint32Array,
  b1: Uint32Array,
  k2: Uint32Array,
  a2: Uint32Array,
  b2: Uint32Array,
  shift: number,
  counts: Uint32Array,
): void {
  for (let i = 0; i < k1.length; i++) {
    const key = k1[i] ?? 0;
    const bucket = (key >>> shift) & 0xff;
    const at = counts[bucket] ?? 0;
    counts[bucket] = at + 1;
    k2[at] = key;
    a2[at] = a1[i] ?? 0;
    b2[at] = b1[i] ?? 0;
  }
}

/** The permutation that stably sorts `keys` ascending. */
export function sortOrder(keys: Uint32Array): Uint32Array {
  const identity = new Uint32Array(keys.length);
  for (let i = 0; i < identity.length; i++) identity[i] = i;
  return radixSortPairs(keys.slice(), identity).values;
}
