import type { ClusterPassageRecord } from '../../db/cluster-records';
import type { ArticleText } from '../../db/article-texts';
import type { ImportedClusterRecord } from '../../db/imported-clusters';
import { ClusterTally, passageSimilarity } from '../../interop/passim/passim-cluster';
import { countWords } from '../../core/extract/count-words';
import { undated } from '../../core/extract/parse-instant';

/** A placed passim passage, reduced to what a stored cluster needs (no text). */
export interface PlacedPassage {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

// As the app's own scans (to-cluster-records.ts): only 0 is undated; 1966 is a date.
const dateOf = (a: ArticleText | undefined): { date: number; imported: boolean } =>
  a && a.publishedAt !== undated && Number.isFinite(a.publishedAt)
    ? { date: a.publishedAt, imported: false }
    : { date: a?.importedAt ?? 0, imported: true };

/**
 * One passim cluster as Verso stores its own (kind `across`, or `within` when every passage is
 * in one article): passages in date order, the earliest the origin and the representative, each
 * passage's similarity its words aligned to the representative's, boilerplate when several
 * articles of one source share it. `articles` has the texts and provenance of its documents.
 */
export function passimClusterRecord(
  toolId: string,
  placed: readonly PlacedPassage[],
  articles: ReadonlyMap<string, ArticleText>,
): ImportedClusterRecord {
  const passages = placed
    .map((p) => {
      const article = articles.get(p.doc);
      return { ...p, source: article?.source ?? '', ...dateOf(article) };
    })
    .sort(
      (x, y) => x.date - y.date || (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start),
    );
  const textOf = (p: PlacedPassage): string =>
    articles.get(p.doc)?.text.slice(p.start, p.end) ?? '';
  const rep = passages[0];
  const repText = rep ? textOf(rep) : '';
  // Series are sources here: an article without a source is its own.
  const tally = new ClusterTally(toolId);
  const records: ClusterPassageRecord[] = passages.map((p, i) => {
    const similarity = i === 0 ? 1 : passageSimilarity(repText, textOf(p));
    tally.add(p.doc, p.source === '' ? `\u0000${p.doc}` : p.source, similarity);
    return { ...p, similarity };
  });
  const header = tally.header();
  return {
    id: `passim:${toolId}`,
    tool: 'passim',
    toolId,
    kind: header.kind,
    passages: records,
    representative: 0,
    origin: 0,
    size: records.length,
    similarity: header.similarity,
    // The one word rule (the reader's, extract's and the compare's).
    words: countWords(repText),
    sources: tally.sources,
    boilerplate: header.boilerplate,
    articles: new Set(records.map((p) => p.doc)).size,
    excerpt: repText.replace(/\s+/g, ' ').trim().slice(0, 240),
  };
}
