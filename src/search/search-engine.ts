import MiniSearch, { type Options } from 'minisearch';
import { matchesFilters, type ArticleFilters } from '../core/filters/article-filters';
import { foldTerm } from './fold-term';

/** What the index needs of an article: the searched fields and the filtered ones. */
export interface SearchDocument {
  readonly id: string;
  readonly title: string;
  readonly byline: string;
  readonly source: string;
  readonly text: string;
  readonly tags: readonly string[];
  /** Milliseconds since 1970 UTC, or `undated` (0). */
  readonly publishedAt: number;
}

/**
 * Where the index is kept and its documents come from (the archive, in the app). The engine
 * takes it as an interface so search depends on nothing of ours but the core.
 */
export interface SearchStore {
  /** The archive's current revision; the saved index is valid only at the same one. */
  readonly revision: () => Promise<number>;
  readonly load: () => Promise<{ readonly revision: number; readonly index: string } | undefined>;
  /**
   * Saves the index only if the archive is still at its revision: a stale writer (another tab's
   * index that missed this tab's writes) cannot overwrite a good index with a partial one.
   */
  readonly save: (stored: { readonly revision: number; readonly index: string }) => Promise<void>;
  /** How many articles the archive holds: a saved index that holds another number is partial. */
  readonly count: () => Promise<number>;
  /** Visits every document, to rebuild the index. */
  readonly eachArticle: (visit: (doc: SearchDocument) => void) => Promise<void>;
}

/** One ranked match, before the article is read for its snippet. */
export interface RankedMatch {
  readonly id: string;
  readonly score: number;
  /** The index terms that matched (folded), for highlighting. */
  readonly terms: readonly string[];
}

/** The searched fields of an article. */
export function searchDocumentOf(a: SearchDocument): SearchDocument {
  const { id, title, byline, source, text, tags, publishedAt } = a;
  return { id, title, byline, source, text, tags, publishedAt };
}

const options: Options<SearchDocument> = {
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
    private readonly search: MiniSearch<SearchDocument>,
    private revision: number,
  ) {}

  /**
   * Loads the persisted index, or rebuilds it from the articles when it is missing, stale (saved
   * at another revision) or partial (holding another number of articles than the archive: what
   * two tabs writing at once left before their writes were coordinated).
   */
  static async open(store: SearchStore, forceRebuild = false): Promise<SearchEngine> {
    const revision = await store.revision();
    const stored = forceRebuild ? undefined : await store.load();
    if (stored && stored.revision === revision) {
      const loaded = MiniSearch.loadJSON<SearchDocument>(stored.index, options);
      if (loaded.documentCount === (await store.count())) return new SearchEngine(loaded, revision);
    }
    const engine = new SearchEngine(new MiniSearch<SearchDocument>(options), revision);
    await store.eachArticle((article) => engine.search.add(searchDocumentOf(article)));
    await engine.persist(store);
    return engine;
  }

  /** The archive revision this index matches. */
  get atRevision(): number {
    return this.revision;
  }

  /** Applies committed changes and records the archive revision they bring the index to. */
  apply(upserts: readonly SearchDocument[], removals: readonly string[], revision: number): void {
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
      filter: (r) => matchesFilters(r as unknown as SearchDocument, filters),
    });
    return results
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }

  /** Writes the index with the revision it matches. */
  async persist(store: SearchStore): Promise<void> {
    await store.save({ revision: this.revision, index: JSON.stringify(this.search) });
  }
}
