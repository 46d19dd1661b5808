import MiniSearch, { type Options } from 'minisearch';
import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import type { ArticleFilters } from './query-types';
import { matchesFilters } from './article-filters';
import { foldTerm } from './fold-term';
import { readRevision } from './revision';

/** What the index needs of an article: the searched fields and the filtered ones. */
export type IndexedDoc = Pick<
  ArticleRecord,
  'id' | 'title' | 'byline' | 'source' | 'text' | 'tags' | 'publishedAt'
>;

/** One ranked match, before the article is read for its snippet. */
export interface RankedMatch {
  readonly id: string;
  readonly score: number;
  /** The index terms that matched (folded), for highlighting. */
  readonly terms: readonly string[];
}

/** The searched fields of an article. */
export function indexedDocOf(a: IndexedDoc): IndexedDoc {
  const { id, title, byline, source, text, tags, publishedAt } = a;
  return { id, title, byline, source, text, tags, publishedAt };
}

const options: Options<IndexedDoc> = {
  fields: ['title', 'byline', 'source', 'text'],
  storeFields: ['source', 'tags', 'publishedAt'],
  processTerm: (term: string) => foldTerm(term).replace(/^'+|'+$/g, '') || null,
};

/**
 * The full-text index (MiniSearch: BM25 ranking, prefix and fuzzy terms, field boosts). It is
 * derived data: persisted as one JSON string so opening the archive does not re-read every text,
 * and rebuilt from the articles whenever the stored copy's revision differs from the archive's.
 * It runs in a worker in the app (see search-index.ts) and in-process in Node.
 */
export class SearchEngine {
  private constructor(
    private readonly search: MiniSearch<IndexedDoc>,
    private revision: number,
  ) {}

  /** Loads the persisted index, or rebuilds it from the articles when it is missing or stale. */
  static async open(db: ArchiveDatabase, forceRebuild = false): Promise<SearchEngine> {
    const revision = await readRevision(db);
    const stored = forceRebuild ? undefined : await db.searchIndex.get('main');
    if (stored && stored.revision === revision)
      return new SearchEngine(MiniSearch.loadJSON<IndexedDoc>(stored.index, options), revision);
    const engine = new SearchEngine(new MiniSearch<IndexedDoc>(options), revision);
    await db.articles.each((article) => engine.search.add(indexedDocOf(article)));
    await engine.persist(db);
    return engine;
  }

  /** Applies committed changes and records the archive revision they bring the index to. */
  apply(upserts: readonly IndexedDoc[], removals: readonly string[], revision: number): void {
    for (const id of removals) if (this.search.has(id)) this.search.discard(id);
    for (const doc of upserts) {
      if (this.search.has(doc.id)) this.search.discard(doc.id);
      this.search.add(doc);
    }
    this.revision = revision;
  }

  /** Ranked matches: every word must match, the last may be a prefix, long words may be fuzzy. */
  query(text: string, filters: ArticleFilters, limit: number): RankedMatch[] {
    const results = this.search.search(text, {
      boost: { title: 3, byline: 2, source: 1.5 },
      combineWith: 'AND',
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
      filter: (r) => matchesFilters(r as unknown as IndexedDoc, filters),
    });
    return results
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }

  /** Writes the index with the revision it matches. */
  async persist(db: ArchiveDatabase): Promise<void> {
    // One JSON string: IndexedDB copies a string in one piece but clones an object graph of
    // millions of postings node by node (measured: 9 s to read back at 10,000 articles).
    await db.searchIndex.put({
      id: 'main',
      revision: this.revision,
      index: JSON.stringify(this.search),
    });
  }
}
