// AssemblyScript (see tokenise.ts): the per-bucket sort of marks.ts — a stable radix sort of a
// bucket's kept marks by hash, then the drop of hashes left single — split out so each file stays
// small. Integer work on addresses marks.ts passes; nothing here allocates.

/** The address of the i-th 32-bit word from `base`. */
@inline
export function at32(base: usize, i: u32): usize {
  return base + (<usize>i << 2);
}

/**
 * Marks [kept, w) sorted by hash, stably, in place: their top byte is the bucket's, so three
 * 8-bit passes of a radix sort (the low 24 bits) order them, through the scratch; the three
 * passes' counts are taken in one read of the keys.
 */
export function sortLow24(
  hashes: usize,
  marks: usize,
  kept: u32,
  w: u32,
  scratchH: usize,
  scratchM: usize,
  counts: usize,
): void {
  const n = w - kept;
  const k = at32(hashes, kept);
  const v = at32(marks, kept);
  memory.fill(counts, 0, 3 * 256 * 4);
  for (let i: u32 = 0; i < n; i++) {
    const key = load<u32>(at32(k, i));
    const c0 = at32(counts, key & 0xff);
    store<u32>(c0, load<u32>(c0) + 1);
    const c1 = at32(counts, 256 + ((key >>> 8) & 0xff));
    store<u32>(c1, load<u32>(c1) + 1);
    const c2 = at32(counts, 512 + ((key >>> 16) & 0xff));
    store<u32>(c2, load<u32>(c2) + 1);
  }
  for (let p: u32 = 0; p < 3; p++) {
    let sum: u32 = 0;
    const row = at32(counts, p * 256);
    for (let x: u32 = 0; x < 256; x++) {
      const c = load<u32>(at32(row, x));
      store<u32>(at32(row, x), sum);
      sum += c;
    }
  }
  pass(k, v, scratchH, scratchM, n, 0, counts);
  pass(scratchH, scratchM, k, v, n, 8, at32(counts, 256));
  pass(k, v, scratchH, scratchM, n, 16, at32(counts, 512));
  memory.copy(k, scratchH, <usize>n << 2);
  memory.copy(v, scratchM, <usize>n << 2);
}

// One stable counting pass of k (carrying v) by the byte at `shift`, into k2 and v2; `starts`
// holds each byte value's first place.
function pass(
  k: usize,
  v: usize,
  k2: usize,
  v2: usize,
  n: u32,
  shift: u32,
  starts: usize,
): void {
  for (let i: u32 = 0; i < n; i++) {
    const key = load<u32>(at32(k, i));
    const slot = at32(starts, (key >>> shift) & 0xff);
    const to = load<u32>(slot);
    store<u32>(slot, to + 1);
    store<u32>(at32(k2, to), key);
    store<u32>(at32(v2, to), load<u32>(at32(v, i)));
  }
}

/**
 * The sorted marks [kept, w) without those whose hash occurs once (a slot shared with another
 * hash let them through the table), moved down in place; returns the new end.
 */
export function dropSingles(hashes: usize, marks: usize, kept: u32, w: u32): u32 {
  let out = kept;
  for (let i = kept; i < w; i++) {
    const hash = load<u32>(at32(hashes, i));
    const repeats =
      (i > kept && load<u32>(at32(hashes, i - 1)) == hash) ||
      (i + 1 < w && load<u32>(at32(hashes, i + 1)) == hash);
    if (!repeats) continue;
    store<u32>(at32(hashes, out), hash);
    store<u32>(at32(marks, out), load<u32>(at32(marks, i)));
    out++;
  }
  return out;
}
