/** A passage cut to `limit` characters at a word's end, with "…" when cut. */
export function clip(text: string, limit = 110): string {
  return text.length <= limit ? text : `${text.slice(0, limit).replace(/\s+\S*$/, '')}…`;
}

/** Characters of shared words kept before the first difference, when the excerpts skip ahead. */
const lead = 40;

/**
 * The two passages of an echo as short excerpts that show where they differ. Cut from their
 * starts, two copies of a quote that part only near the end ("support we’re providing" /
 * "support that we are providing") read the same; so when the first difference would fall
 * outside the excerpt or at its very end, both skip to a few words before it. The skipped words
 * are the same in both (they precede the first difference), so the two stay side by side.
 */
export function clipPair(a: string, b: string, limit = 110): [string, string] {
  let differ = 0;
  while (differ < a.length && differ < b.length && a[differ] === b[differ]) differ++;
  if (a === b || differ + lead / 2 <= limit) return [clip(a, limit), clip(b, limit)];
  // Start at the beginning of a word, `lead` characters or a little more before the difference.
  const space = a.lastIndexOf(' ', differ - lead);
  const start = space < 0 ? 0 : space + 1;
  const from = (text: string): string => (start === 0 ? '' : '…') + clip(text.slice(start), limit);
  return [from(a), from(b)];
}
