/** Sentences for tests: plain news prose, so echoes in tests look like echoes in articles. */
export const SENTENCES: readonly string[] = [
  'The council voted on Tuesday to close the library on Sundays from next spring.',
  'Residents said the decision had been taken without any public consultation at all.',
  'A spokesman for the council said the savings were needed to protect frontline services.',
  'Campaigners have collected more than 4,000 signatures on a petition against the closure.',
  'The library has served the town since 1902 and was rebuilt after a fire in the 1970s.',
  'Opposition councillors called the move short-sighted and promised to reverse it.',
  'Figures published last month showed visits had risen by 12% over the past two years.',
  'The chief executive told the meeting that every department faced difficult choices.',
  'Local schools use the building for homework clubs on three evenings every week.',
  'A final decision on opening hours for the summer will be made in June.',
];

/** A deterministic pseudo-random generator (mulberry32) so large test texts are reproducible. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` words drawn at random from the test sentences, in sentences of 12 words. */
export function randomProse(count: number, seed: number): string {
  const words = SENTENCES.join(' ').replace(/[.,]/g, '').split(' ');
  const next = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = words[Math.floor(next() * words.length)] ?? 'the';
    out.push((i + 1) % 12 === 0 ? `${w}.` : w);
  }
  return out.join(' ');
}
