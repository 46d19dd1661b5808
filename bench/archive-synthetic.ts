/**
 * Deterministic synthetic news articles for the archive benches: a Zipf-distributed vocabulary of
 * made-up words, sentences and paragraphs of news-like length, sources, tags and dates.
 */
import { seededRandom as random } from '../src/core/echoes/test-texts';

const syllables =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu'.split(
    ' ',
  );

/** The vocabulary, most frequent first. */
export const vocabulary: readonly string[] = (() => {
  const next = random(7);
  const words = new Set<string>();
  while (words.size < 8000) {
    const n = 1 + Math.floor(next() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(next() * syllables.length)];
    words.add(w);
  }
  return [...words];
})();

// Zipf sampling by inverse CDF over precomputed cumulative weights.
const cumulative = (() => {
  const c = new Float64Array(vocabulary.length);
  let sum = 0;
  for (let i = 0; i < c.length; i++) c[i] = sum += 1 / (i + 1);
  return c.map((v) => v / sum);
})();

function zipfWord(next: () => number): string {
  const r = next();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 1) < r) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo] ?? 'x';
}

/** One synthetic article's fields. */
export interface SyntheticArticle {
  readonly title: string;
  readonly source: string;
  readonly byline: string;
  readonly publishedAt: string;
  readonly tags: readonly string[];
  readonly text: string;
}

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(zipfWord(next));
  const first = out[0] ?? '';
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${out.join(' ')}.`;
}

/** Article `i` (500–900 words), the same on every run. */
export function syntheticArticle(i: number): SyntheticArticle {
  const next = random(1000 + i);
  const target = 500 + Math.floor(next() * 400);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < target) {
    const sentences: string[] = [];
    for (let s = 0; s < 3 + Math.floor(next() * 3); s++) {
      const n = 8 + Math.floor(next() * 18);
      sentences.push(sentence(next, n));
      count += n;
    }
    paragraphs.push(sentences.join(' '));
  }
  const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(next() * 5 * 365) * 86400000);
  return {
    title: sentence(next, 6 + Math.floor(next() * 5)).slice(0, -1),
    source: `Source ${Math.floor(next() * 40)}`,
    byline: `Writer ${Math.floor(next() * 300)}`,
    publishedAt: day.toISOString().slice(0, 10),
    tags: next() < 0.3 ? [`tag${Math.floor(next() * 20)}`] : [],
    text: paragraphs.join('\n\n'),
  };
}

/** Search queries over the synthetic vocabulary: common, middling and rare words, 1–3 at a time. */
export function syntheticQueries(): string[] {
  const next = random(99);
  const pick = (from: number, to: number): string =>
    vocabulary[from + Math.floor(next() * (to - from))] ?? 'x';
  const queries: string[] = [];
  for (let i = 0; i < 10; i++) queries.push(pick(100, 2000));
  for (let i = 0; i < 10; i++) queries.push(`${pick(20, 300)} ${pick(300, 3000)}`);
  for (let i = 0; i < 10; i++)
    queries.push(`${pick(10, 200)} ${pick(200, 1000)} ${pick(1000, 6000)}`);
  for (let i = 0; i < 5; i++) queries.push(pick(0, 3000).slice(0, 4));
  return queries;
}
