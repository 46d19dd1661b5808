const vocabulary =
  'the government said on monday that its plans for new funding would be announced after talks with allies about the war and the economy while critics warned of delays in spending across regions where workers and families face rising costs'.split(
    ' ',
  );

/** A deterministic pseudo-random source, so every bench run compares the same texts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Two versions of a ~`words`-word article: the second has a word changed every ~40 words, an
 * equivalent form ("£200m" / "£200 million"), an inserted and a deleted sentence, a moved paragraph.
 */
export function benchVersions(words: number): { a: string; b: string } {
  const next = random(42);
  const paragraphs: string[][] = [];
  for (let made = 0; made < words;) {
    const length = 40 + Math.floor(next() * 40);
    const paragraph = Array.from(
      { length },
      () => vocabulary[Math.floor(next() * vocabulary.length)] ?? 'the',
    );
    paragraph.push('£200m.');
    paragraphs.push(paragraph);
    made += length + 1;
  }
  const edited = paragraphs.map((p, i) =>
    p.map((word, j) =>
      word === '£200m.' ? '£200 million.' : (i * 97 + j) % 40 === 0 ? 'changed' : word,
    ),
  );
  edited[3]?.push('An', 'inserted', 'sentence', 'here.');
  edited[5]?.splice(0, 6);
  const moved = edited.splice(2, 1);
  edited.push(...moved);
  const join = (list: string[][]): string => list.map((p) => p.join(' ')).join('\n\n');
  return { a: join(paragraphs), b: join(edited) };
}
