import type { CorpusArticle } from '../engine/corpus';
import { editCopy } from '../engine/edits';
import { pick, seeded } from '../engine/random';
import { learnProse, writeProse } from '../engine/synthetic';

/** Copies per planted cluster, as the clusters issue asks. */
export const CLUSTER_SIZES = [2, 5, 20, 60, 150, 300] as const;
/** Distinct real paragraphs planted at each size. */
export const PARAGRAPHS_PER_SIZE = 3;

/** A span of one document. */
export interface Span {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

/** The benchmark: articles, and for each planted paragraph the spans of all its copies. */
export interface Syndication {
  readonly docs: { readonly id: string; readonly text: string }[];
  readonly truth: { readonly size: number; readonly copies: Span[] }[];
}

interface Piece {
  readonly text: string;
  readonly mark?: { readonly cluster: number };
}

/**
 * `articles` synthetic articles (~600 words of order-1 Markov prose from the corpus's words), and
 * real paragraphs of the Readability test pages (40–150 words, text nobody here wrote) planted as
 * their own paragraph into 2, 5, 20, 60, 150 and 300 distinct articles, each copy lightly edited:
 * 0–10% of words substituted, deleted or inserted, plus the £m / we're / quote-style rewrites of
 * the engine bench where the paragraph has them. Deterministic for a seed.
 */
export function buildSyndication(
  corpus: readonly CorpusArticle[],
  articles: number,
  seed = 20260301,
): Syndication {
  const rand = seeded(seed);
  const model = learnProse(corpus);
  const pieces: Piece[][] = Array.from({ length: articles }, () =>
    writeProse(model, 600, rand).map((text) => ({ text })),
  );
  const sources = corpus
    .flatMap((a) => a.paragraphs)
    .filter((p) => {
      const words = p.split(' ').length;
      return words >= 40 && words <= 150;
    });
  // Plain words only: a sentence written without spaces (Chinese, Japanese) is one "word" of the
  // corpus, and inserting it as an edit would plant a second, unplanned passage in every copy.
  const vocabulary = model.vocabulary.filter((w) => /^[\p{L}\p{N}’'-]{1,20}[.,;:]?$/u.test(w));
  const sizes = CLUSTER_SIZES.flatMap((s) => Array<number>(PARAGRAPHS_PER_SIZE).fill(s));
  const used = new Set<number>();
  sizes.forEach((size, cluster) => {
    let from = pick(rand, sources.length);
    while (used.has(from)) from = (from + 1) % sources.length;
    used.add(from);
    const paragraph = sources[from] ?? '';
    for (const doc of sample(rand, articles, size)) {
      const target = pieces[doc] ?? [];
      const copy = editCopy(paragraph, rand() * 0.1, vocabulary, rand).text;
      target.splice(pick(rand, target.length + 1), 0, { text: copy, mark: { cluster } });
    }
  });
  const truth = sizes.map((size) => ({ size, copies: [] as Span[] }));
  const docs = pieces.map((doc, d) => {
    const id = `a${d}`;
    let text = '';
    for (const piece of doc) {
      if (text) text += '\n\n';
      if (piece.mark)
        truth[piece.mark.cluster]?.copies.push({
          doc: id,
          start: text.length,
          end: text.length + piece.text.length,
        });
      text += piece.text;
    }
    return { id, text };
  });
  return { docs, truth };
}

/** `k` distinct numbers below `n` (partial Fisher–Yates over a lazily filled index). */
function sample(rand: () => number, n: number, k: number): number[] {
  const swapped = new Map<number, number>();
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const j = i + pick(rand, n - i);
    const vi = swapped.get(i) ?? i;
    const vj = swapped.get(j) ?? j;
    out.push(vj);
    swapped.set(j, vi);
  }
  return out;
}
