// AssemblyScript (see tokenise.ts): passLoneSeeds (../../echoes/clusters/lone-seed-check.ts)
// step for step, over token hashes an archive keeps in this instance's linear memory (an
// instance of its own, ../../echoes/clusters/wasm-hashes.ts). The caller passes every address
// and the check's sizes; hashes are addressed by word (byte address / 4).

/** Written by the batches' touches, never read: keeps the loads that bring the words in. */
let sink: u32 = 0;

@inline
function word(at: i32): u32 {
  return load<u32>(<usize>at << 2);
}

/**
 * For each of `count` lone seeds at `seeds` (six words each: doc a's first hash word, its token
 * count, the seed's position there, then the same for doc b), out[k] = 1 when
 * loneSeedPasses: two more matches around it (twoAround), then a banded LCS of the words within
 * `before`/`after` of it on both sides reaching `minWords` (mayAlignEnough). `near` and `row`
 * are scratch of before + after words and one more. In batches of 32: every seed's words
 * touched first, then checked.
 */
export function loneSeeds(
  seeds: usize,
  count: i32,
  minWords: i32,
  out: usize,
  near: usize,
  row: usize,
  look: i32,
  gram: i32,
  before: i32,
  after: i32,
): void {
  for (let k0 = 0; k0 < count; k0 += 32) {
    const k1 = k0 + 32 < count ? k0 + 32 : count;
    for (let k = k0; k < k1; k++) {
      const at = seeds + 24 * <usize>k;
      const oa = load<i32>(at);
      const na = load<i32>(at, 4);
      const ob = load<i32>(at, 12);
      const nb = load<i32>(at, 16);
      if (na == 0 || nb == 0) continue;
      const a = oa + load<i32>(at, 8);
      const b = ob + load<i32>(at, 20);
      // Within each document's words: the JavaScript reads past them as 0, here they may not be.
      sink ^=
        word(clamp(a - look, oa, oa + na - 1)) ^
        word(clamp(a + gram + look, oa, oa + na - 1)) ^
        word(clamp(b - look - 1, ob, ob + nb - 1)) ^
        word(clamp(b + gram + look, ob, ob + nb - 1));
    }
    for (let k = k0; k < k1; k++) {
      const at = seeds + 24 * <usize>k;
      const oa = load<i32>(at);
      const na = load<i32>(at, 4);
      const pa = load<i32>(at, 8);
      const ob = load<i32>(at, 12);
      const nb = load<i32>(at, 16);
      const pb = load<i32>(at, 20);
      const pass =
        twoAround(oa, na, pa, ob, nb, pb, look, gram) &&
        mayAlignEnough(oa, na, pa, ob, nb, pb, minWords, near, row, before, after);
      store<u8>(out + <usize>k, pass ? 1 : 0);
    }
  }
}

@inline
function clamp(x: i32, lo: i32, hi: i32): i32 {
  return x < lo ? lo : x > hi ? hi : x;
}

// Two matches around the seed, on its diagonal or one off (lone-seed-check.ts's twoAround).
function twoAround(oa: i32, na: i32, pa: i32, ob: i32, nb: i32, pb: i32, look: i32, gram: i32): bool {
  let matches = 0;
  for (let t = -look; t < gram + look; t++) {
    if (t == 0) t = gram;
    const ia = pa + t;
    if (ia < 0 || ia >= na) continue;
    const x = word(oa + ia);
    const ib = pb + t;
    const same =
      (ib >= 0 && ib < nb && x == word(ob + ib)) ||
      (ib - 1 >= 0 && ib - 1 < nb && x == word(ob + ib - 1)) ||
      (ib + 1 >= 0 && ib + 1 < nb && x == word(ob + ib + 1));
    if (same && ++matches >= 2) return true;
  }
  return false;
}

// The LCS of both sides' words within reach of the seed reaches minWords (mayAlignEnough).
function mayAlignEnough(
  oa: i32,
  na: i32,
  pa: i32,
  ob: i32,
  nb: i32,
  pb: i32,
  minWords: i32,
  near: usize,
  row: usize,
  before: i32,
  after: i32,
): bool {
  const b0 = pb - before > 0 ? pb - before : 0;
  const m = (nb < pb + after ? nb : pb + after) - b0;
  // As the JavaScript, whose row[m] is then past its filled part or its start: 0.
  if (m <= 0) return 0 >= minWords;
  for (let j = 0; j < m; j++) store<u32>(near + 4 * <usize>j, word(ob + b0 + j));
  for (let j = 0; j <= m; j++) store<i32>(row + 4 * <usize>j, 0);
  const a0 = pa - before > 0 ? pa - before : 0;
  const a1 = na < pa + after ? na : pa + after;
  for (let i = a0; i < a1; i++) {
    const x = word(oa + i);
    // row[j] holds LCS(a[a0, i), b[b0, b0 + j)); `diag` the previous row's row[j − 1].
    let diag = 0;
    let left = 0;
    for (let j = 1; j <= m; j++) {
      const at = row + 4 * <usize>j;
      const up = load<i32>(at);
      const value = load<u32>(near + 4 * <usize>(j - 1)) == x ? diag + 1 : up > left ? up : left;
      store<i32>(at, value);
      diag = up;
      left = value;
    }
  }
  return load<i32>(row + 4 * <usize>m) >= minWords;
}
