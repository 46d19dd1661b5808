import { lowerBound } from '../core/echoes/sorted-marks';
import type { Passage } from '../core/model';
import { firstPrinters, type PrintingWhen } from '../core/sources/first-printers';
import { CONTINUES } from '../core/text/token-flags';

/** An article's tokens as the fingerprints keep them: where each starts, and which continue a word. */
export interface WordTokens {
  readonly starts: Uint32Array;
  readonly flags: Uint8Array;
}

/** What reuse needs of a cluster (the engine's Cluster has these). */
export interface ReuseCluster {
  readonly boilerplate: boolean;
  readonly passages: readonly Passage[];
}

/** One article's reuse: words in clusters with other articles, and those articles. */
export interface ArticleReuse {
  readonly articleId: string;
  readonly words: number;
  readonly reusedWords: number;
  readonly share: number;
  /** The articles it shares words with, most shared first (at most `maxPartners`). */
  readonly partners: readonly { readonly articleId: string; readonly words: number }[];
  readonly partnerCount: number;
  /**
   * Of `reusedWords`, those in passages it printed first (core/sources/first-printers.ts): shared
   * because others took them from it, or printed by it first too. Absent without dates.
   */
  readonly firstWords?: number;
}

const maxPartners = 20;

/**
 * Reuse share per article (the churnalism question): the share of its words that sit in
 * non-boilerplate clusters together with another article. Versions of one story (same `storyOf`)
 * do not count as reuse of each other, and a passage repeated only inside its own article never
 * counts. Only articles with some reuse are returned. Cost: passages × articles per cluster.
 */
export function reuseShares(
  clusters: readonly ReuseCluster[],
  tokensOf: (id: string) => WordTokens | undefined,
  storyOf: (id: string) => string = (id) => id,
  printedWhen?: (id: string) => PrintingWhen,
): ArticleReuse[] {
  const spans = new Map<string, Passage[]>();
  const firstSpans = new Map<string, Passage[]>();
  const partners = new Map<string, Map<string, number>>();
  for (const cluster of clusters) {
    if (cluster.boilerplate) continue;
    const docs = [...new Set(cluster.passages.map((p) => p.doc))];
    if (docs.length < 2) continue;
    const found = printedWhen && firstPrinters(docs, printedWhen);
    const firsts = new Set(found?.first ?? []);
    for (const passage of cluster.passages) {
      const story = storyOf(passage.doc);
      const others = docs.filter((d) => d !== passage.doc && storyOf(d) !== story);
      const tokens = tokensOf(passage.doc);
      if (others.length === 0 || !tokens) continue;
      push(spans, passage.doc, passage);
      if (firsts.has(passage.doc)) push(firstSpans, passage.doc, passage);
      const words = wordsIn(tokens, [passage]);
      const mine = partners.get(passage.doc) ?? new Map<string, number>();
      partners.set(passage.doc, mine);
      for (const other of others) mine.set(other, (mine.get(other) ?? 0) + words);
    }
  }
  const out: ArticleReuse[] = [];
  for (const [articleId, own] of spans) {
    const tokens = tokensOf(articleId);
    if (!tokens) continue;
    const words = wordsIn(tokens, [{ doc: articleId, start: 0, end: Number.MAX_SAFE_INTEGER }]);
    const reusedWords = wordsIn(tokens, own);
    if (words === 0 || reusedWords === 0) continue;
    const ranked = [...(partners.get(articleId) ?? [])]
      .map(([id, shared]) => ({ articleId: id, words: Math.min(shared, reusedWords) }))
      .sort((x, y) => y.words - x.words || (x.articleId < y.articleId ? -1 : 1));
    out.push({
      articleId,
      words,
      reusedWords,
      share: reusedWords / words,
      partners: ranked.slice(0, maxPartners),
      partnerCount: ranked.length,
      ...(printedWhen ? { firstWords: wordsIn(tokens, firstSpans.get(articleId) ?? []) } : {}),
    });
  }
  return out;
}

function push(map: Map<string, Passage[]>, key: string, value: Passage): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Words (tokens that start a word) whose start lies in the union of the spans. */
function wordsIn(tokens: WordTokens, spans: readonly Passage[]): number {
  const ranges = spans
    .map((s) => [lowerBound(tokens.starts, s.start), lowerBound(tokens.starts, s.end)] as const)
    .sort((x, y) => x[0] - y[0]);
  let count = 0;
  let reached = 0;
  for (const [from, to] of ranges) {
    for (let i = Math.max(from, reached); i < to; i++)
      if (((tokens.flags[i] ?? 0) & CONTINUES) === 0) count++;
    reached = Math.max(reached, to);
  }
  return count;
}
