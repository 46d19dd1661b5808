/** Naive baselines: what one would write without fingerprints or a banded alignment. */

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Compare every sentence with every other (word-set Jaccard ≥ 0.5, both ≥ 8 words): quadratic in
 * the number of sentences. Returns how many similar pairs it found.
 */
export function naiveSentencePairs(texts: readonly string[]): number {
  const ids = new Map<string, number>();
  const sets: Int32Array[] = [];
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const w = wordsOf(sentence);
      if (w.length < 8) continue;
      const set = new Set(w.map((x) => ids.get(x) ?? (ids.set(x, ids.size), ids.size - 1)));
      sets.push(Int32Array.from(set).sort());
    }
  }
  let found = 0;
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++)
      if (jaccard(sets[i] as Int32Array, sets[j] as Int32Array) >= 0.5) found++;
  }
  return found;
}

/** Sentences of `probe` compared with every sentence of `texts` (the naive "what echoes this?"). */
export function naiveProbe(probe: string, texts: readonly string[]): number {
  const ids = new Map<string, number>();
  const setOf = (sentence: string) => {
    const w = wordsOf(sentence);
    return Int32Array.from(
      new Set(w.map((x) => ids.get(x) ?? (ids.set(x, ids.size), ids.size - 1))),
    ).sort();
  };
  const probes = probe
    .split(/(?<=[.!?])\s+/)
    .map(setOf)
    .filter((s) => s.length >= 8);
  let found = 0;
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const s = setOf(sentence);
      if (s.length < 8) continue;
      for (const p of probes) if (jaccard(p, s) >= 0.5) found++;
    }
  }
  return found;
}

function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

/** Word-level LCS by full dynamic programming (O(n·m)): the textbook diff. */
export function naiveLcs(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  let prev = new Int32Array(wb.length + 1);
  let cur = new Int32Array(wb.length + 1);
  for (let i = 1; i <= wa.length; i++) {
    const x = wa[i - 1];
    for (let j = 1; j <= wb.length; j++) {
      cur[j] = x === wb[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[wb.length] ?? 0;
}
