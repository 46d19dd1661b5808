import type { ArticleFilters } from '../core/filters/article-filters';
import { changedSinceVersion, indexTermsVersion } from './index-terms';
import { expandQuery } from './query-terms';
import { buildSegment, type Segment } from './segment';
import { mergeRanked, rankCandidates, searchSegments, type RankedMatch } from './segment-search';
import { queryVariants } from './query-variants';
import { phrasePlanOf, type PhrasePlan } from './phrase-search';
import { queryPhrases } from './phrases';
import { SegmentSet } from './segment-set';
import type { IndexProgress } from './index-progress';
import { repeatsAnId } from './repeated-ids';
import { searchDocumentOf } from './search-document';
import {
  isOlderRow,
  manifestEntryOf,
  segmentOfStored,
  storedSegmentOf,
  type SearchManifest,
} from './stored-segment';

export type { RankedMatch } from './segment-search';
import type { SearchDocument, SearchStore } from '../core/search-store';

export type { SearchDocument, SearchSave, SearchStore } from '../core/search-store';

/** How the engine opens. */
export interface OpenOptions {
  /** Ignore what is saved and index every article again. */
  readonly rebuild?: boolean;
  /** An engine open before: segments saved unchanged since are kept rather than read again. */
  readonly previous?: SearchEngine;
  /** Articles per segment (tests make it small). */
  readonly segmentDocs?: number;
  /**
   * Told the revision once the saved index is known to match the archive (manifest and count
   * read), before its segments are: from then on the archive may move on, since the load no
   * longer looks at it. Not told when the index must be rebuilt.
   */
  readonly onMatched?: (revision: number) => void;
  /**
   * Told how far a load, a conversion of an older version's index or a rebuild has got, after
   * each saved segment read or `rebuildStep` articles indexed, and once all are, before saving.
   */
  readonly onProgress?: (progress: IndexProgress) => void;
}

/** A rebuild tells its progress every this many articles. */
export const rebuildStep = 1000;

// In its own module so the page's first part can hand documents to the worker without the engine.
export { searchDocumentOf } from './search-document';

const defaultSegmentDocs = 8192;

/**
 * The full-text index: BM25 ranking, prefix and typo-tolerant words, field boosts, over segments
 * of typed-array postings (see segment.ts). Derived data: saved as a manifest plus one row per
 * segment, so an import writes only its new segment and a delete only the manifest; valid only
 * at the archive revision it was saved with, and rebuilt from the articles otherwise. It runs in
 * a worker in the app (see search-index.ts) and in-process in Node.
 */
export class SearchEngine {
  private constructor(
    private readonly set: SegmentSet,
    private revision: number,
  ) {}

  /**
   * Loads the saved index, or rebuilds it from the articles when it is missing, stale (saved at
   * another revision), partial (holding another number of articles than the archive), torn (a
   * segment row missing or from another build than the manifest names) or made by other term
   * rules than these (index-terms.ts) in a way that changes its terms.
   */
  static async open(store: SearchStore, options: OpenOptions = {}): Promise<SearchEngine> {
    const revision = await store.revision();
    const segmentDocs = options.segmentDocs ?? defaultSegmentDocs;
    if (!options.rebuild) {
      const loaded = await load(store, revision, segmentDocs, options);
      if (loaded) {
        const engine = new SearchEngine(loaded.set, revision);
        // An index of older rules found to hold the same terms is stamped now (its rows of an
        // older form saved packed), so the next open need not look again.
        if (!loaded.stamped) await engine.persist(store);
        return engine;
      }
    }
    const set = new SegmentSet(1, segmentDocs);
    const { onProgress } = options;
    const of = onProgress ? await store.count() : 0;
    // Said at once: a load this rebuild replaces may have left its own news on the line.
    onProgress?.({ work: 'rebuild', done: 0, of });
    let batch: SearchDocument[] = [];
    let done = 0;
    await store.eachArticle((article) => {
      batch.push(searchDocumentOf(article));
      done++;
      if (onProgress && done % rebuildStep === 0 && done < of)
        onProgress({ work: 'rebuild', done, of });
      if (batch.length < segmentDocs) return;
      set.add(buildSegment(set.nextSegmentId, batch), false);
      batch = [];
    });
    if (batch.length > 0) set.add(buildSegment(set.nextSegmentId, batch), false);
    onProgress?.({ work: 'rebuild', done, of: done });
    const engine = new SearchEngine(set, revision);
    await engine.persist(store, true);
    return engine;
  }

  /** The archive revision this index matches. */
  get atRevision(): number {
    return this.revision;
  }

  /** How many articles, segments and distinct terms the index holds. */
  get size(): { readonly documents: number; readonly segments: number; readonly terms: number } {
    const { set } = this;
    return { documents: set.documentCount, segments: set.all().length, terms: set.dictionary.size };
  }

  /** Makes what a first query needs and an opening leaves (the term dictionary), while idle. */
  prepareQueries(): void {
    this.set.prepareDictionary();
  }

  /** The segments whose rows are saved as they are in memory (a reload may keep them). */
  savedSegments(): Segment[] {
    return this.set.all().filter((s) => !this.set.unsaved.has(s.id));
  }

  /** Applies committed changes and records the archive revision they bring the index to. */
  apply(upserts: readonly SearchDocument[], removals: readonly string[], revision: number): void {
    this.set.apply(upserts, removals);
    this.revision = revision;
  }

  /**
   * Ranked matches: every word must match, the last may be a prefix, long words may be fuzzy; a
   * number matches however it is written ("£200m", "£200 million": see query-variants.ts), and
   * one without a sign ("200m") in any currency (amount-forms.ts).
   */
  query(text: string, filters: ArticleFilters, limit: number): RankedMatch[] {
    const [segments, stats] = [this.set.all(), this.set.stats()];
    const lists = queryVariants(text).map((variant) =>
      searchSegments(segments, expandQuery(variant, this.set.dictionary), stats, filters, limit),
    );
    return lists.length === 1 ? (lists[0] ?? []) : mergeRanked(lists, limit);
  }

  /**
   * For a query with a quoted phrase of two or more words: every match of its words, ranked as
   * `query` ranks them, with the phrases each must hold (checked against the text by
   * phrase-search.ts: the index keeps no positions). Undefined when the query has no phrase.
   */
  phrasePlan(text: string, filters: ArticleFilters): PhrasePlan | undefined {
    const variants = queryVariants(text).map((variant) => ({
      variant,
      phrases: queryPhrases(variant),
    }));
    if (variants.every((v) => v.phrases.length === 0)) return undefined;
    const [segments, stats] = [this.set.all(), this.set.stats()];
    return phrasePlanOf(
      variants.map(({ variant, phrases }) => ({
        phrases,
        matches: rankCandidates(
          segments,
          expandQuery(variant, this.set.dictionary),
          stats,
          filters,
          Infinity,
        ),
      })),
    );
  }

  /** Writes the segments built since the last save, and the manifest, at this index's revision. */
  async persist(store: SearchStore, replace = false): Promise<void> {
    const { set } = this;
    const segments = set.all();
    const unsaved = [...set.unsaved];
    const dropped = [...set.dropped];
    const manifest: SearchManifest = {
      revision: this.revision,
      termsVersion: indexTermsVersion,
      nextId: set.nextSegmentId,
      segments: segments.map(manifestEntryOf),
    };
    const put = segments.filter((s) => set.unsaved.has(s.id)).map(storedSegmentOf);
    const saved = await store.save({ manifest, put, drop: dropped, replace });
    if (!saved) return;
    for (const id of unsaved) set.unsaved.delete(id);
    for (const id of dropped) set.dropped.delete(id);
  }
}

/** A saved index as loaded, and whether it is saved as these rules would save it. */
interface Loaded {
  readonly set: SegmentSet;
  readonly stamped: boolean;
}

async function load(
  store: SearchStore,
  revision: number,
  segmentDocs: number,
  { previous, onMatched, onProgress }: OpenOptions,
): Promise<Loaded | undefined> {
  const manifest = await store.loadManifest();
  if (!manifest || manifest.revision !== revision) return undefined;
  const version = manifest.termsVersion ?? 1;
  if (version > indexTermsVersion) return undefined;
  const listed = manifest.segments.reduce((n, s) => n + s.size - s.deleted.length, 0);
  if (listed !== (await store.count())) return undefined;
  onMatched?.(revision);
  const kept = new Map<number, Segment>();
  for (const s of previous?.savedSegments() ?? []) kept.set(s.id, s);
  const set = new SegmentSet(manifest.nextId, segmentDocs);
  // A conversion is said at once, as a rebuild is: a search waiting for it says why from the
  // start, not only once the first row (8,192 articles) has been read.
  if (version < indexTermsVersion) onProgress?.({ work: 'convert', done: 0, of: listed });
  let restamp = false;
  for (const entry of manifest.segments) {
    const same = kept.get(entry.id);
    if (same && same.stamp === entry.stamp) {
      same.deleted.fill(0);
      for (const local of entry.deleted) same.deleted[local] = 1;
      set.add(same, true);
      continue;
    }
    const row = await store.loadSegment(entry.id);
    if (!row || row.stamp !== entry.stamp) return undefined;
    // A row of an older form (strings in arrays before version 5, 16-bit postings before 3) is
    // packed as it loads, and saved packed.
    const older = isOlderRow(row);
    if (older) restamp = true;
    set.add(segmentOfStored(row, entry), !older);
    const work = restamp || version < indexTermsVersion ? 'convert' : 'load';
    if (set.documentCount < listed) onProgress?.({ work, done: set.documentCount, of: listed });
  }
  // The count matches; an article held twice would be another missing (the ids, not only the count).
  if (set.documentCount !== listed || repeatsAnId(set.all())) return undefined;
  // A conversion then checks the terms and saves the rows again: seconds more at 100,000.
  if (restamp || version < indexTermsVersion)
    onProgress?.({ work: 'convert', done: listed, of: listed });
  // Versions 2, 4 and 6 changed terms; versions 3 and 5 only how rows are saved.
  if (version < indexTermsVersion && holdsChangedTerms(set, version)) return undefined;
  return { set, stamped: version === indexTermsVersion && !restamp };
}

/** Whether an index of an older `version` holds a term this version would not have made. */
function holdsChangedTerms(set: SegmentSet, version: number): boolean {
  const changed = changedSinceVersion(version);
  return set.all().some((segment) => segment.fields.some((f) => f.terms.some(changed)));
}
