/** A paragraph reduced to its words, for comparing paragraphs cheaply. */
export interface WordBag {
  readonly counts: ReadonlyMap<string, number>;
  readonly size: number;
  /** The paragraph's words joined, to recognise identical paragraphs at once. */
  readonly key: string;
}

/** Lower-cased letter/number runs: enough to tell one paragraph from another. */
export function bagOfWords(text: string): WordBag {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, size: words.length, key: words.join(' ') };
}

/** Dice coefficient of two bags of words, in [0, 1]: shared words over the mean length. */
export function bagSimilarity(a: WordBag, b: WordBag): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0;
  if (a.key === b.key) return 1;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small.counts) shared += Math.min(count, large.counts.get(word) ?? 0);
  return (2 * shared) / (a.size + b.size);
}
