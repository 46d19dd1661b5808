import type { CorpusArticle } from './corpus';
import { sentencesOf } from './corpus';
import { editCopy } from './edits';
import { pick, seeded } from './random';

/**
 * A word-level order-1 Markov model of the corpus: new prose with the corpus's words and local
 * phrasing. (Order 2 copies long verbatim runs of a corpus this size, which would fill the
 * archive with accidental echoes.)
 */
export interface ProseModel {
  readonly keys: readonly string[];
  readonly next: ReadonlyMap<string, readonly string[]>;
  readonly vocabulary: readonly string[];
}

const MIN_SUCCESSORS = 6;
/** Plain words with their punctuation; code and URLs (many tokens in one "word") are left out. */
const PROSE_WORD = /^[‘“"(]?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)?[.,;:!?’”")]*$/u;

/** Learn which words follow each word in the corpus. */
export function learnProse(corpus: readonly CorpusArticle[]): ProseModel {
  const next = new Map<string, string[]>();
  for (const a of corpus) {
    for (const p of a.paragraphs) {
      const w = p.split(' ').filter((x) => PROSE_WORD.test(x));
      for (let i = 0; i + 1 < w.length; i++) {
        const key = w[i] ?? '';
        const list = next.get(key);
        if (list) list.push(w[i + 1] ?? '');
        else next.set(key, [w[i + 1] ?? '']);
      }
    }
  }
  const vocabulary = [...new Set(corpus.flatMap((a) => a.paragraphs.join(' ').split(' ')))];
  // Words with few successors would replay corpus phrases verbatim (accidental echoes); only
  // words with many distinct successors are followed.
  for (const [key, list] of next) if (new Set(list).size < MIN_SUCCESSORS) next.delete(key);
  return { keys: [...next.keys()], next, vocabulary };
}

/** About `words` words of new prose, in paragraphs, from the model. */
export function writeProse(model: ProseModel, words: number, rand: () => number): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let key = model.keys[pick(rand, model.keys.length)] ?? 'the';
  current.push(key);
  let total = 1;
  while (total < words) {
    const options = model.next.get(key);
    const word = options ? (options[pick(rand, options.length)] ?? '') : '';
    if (!options || word === '') {
      key = model.keys[pick(rand, model.keys.length)] ?? key;
      continue;
    }
    current.push(word);
    total++;
    key = word;
    if (current.length > 40 && /[.!?]$/.test(word)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs;
}

/**
 * A deterministic synthetic archive: `count` articles of ~600 words of Markov prose. One in ten
 * carries an edited copy (1–3 sentences, 0–20% of words changed) of an earlier article, and one in
 * fifty a passage of one of 20 "press releases" that recur across the archive. Articles for a
 * smaller count are the first ones of a larger archive, so growth is measured on one sequence.
 */
export function syntheticArchive(model: ProseModel, count: number, seed = 42): string[][] {
  const rand = seeded(seed);
  const releases = Array.from({ length: 20 }, () => writeProse(model, 60, rand).join(' '));
  const archive: string[][] = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = writeProse(model, 600, rand);
    if (i > 0 && rand() < 0.1) {
      const source = archive[pick(rand, i)] ?? [];
      const sentences = sentencesOf(source[pick(rand, source.length)] ?? '');
      const first = pick(rand, sentences.length);
      const passage = sentences.slice(first, first + 1 + pick(rand, 3)).join(' ');
      if (passage)
        paragraphs.splice(
          pick(rand, paragraphs.length + 1),
          0,
          editCopy(passage, rand() * 0.2, model.vocabulary, rand).text,
        );
    }
    if (rand() < 0.02)
      paragraphs.splice(
        pick(rand, paragraphs.length + 1),
        0,
        releases[pick(rand, releases.length)] ?? '',
      );
    archive.push(paragraphs);
  }
  return archive;
}
