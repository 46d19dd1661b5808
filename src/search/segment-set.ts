import { plannedMerges } from './merge-policy';
import { buildSegment, searchedFields, type Segment } from './segment';
import { mergeSegments } from './segment-merge';
import type { SearchDocument } from '../core/search-store';
import type { CorpusStats } from './segment-search';
import { docCount, idAt, localsOf } from './segment-strings';
import { TermDictionary } from './term-dictionary';

const width = searchedFields.length;

/**
 * The index's segments in memory, with what spans them: BM25's archive totals, the term
 * dictionary, and which segments changed since the last save (only those are written). Articles added after a load go into a new small segment; the merge policy folds small
 * segments together and rewrites those with many tombstones.
 */
export class SegmentSet {
  private terms: TermDictionary | undefined;
  private readonly segments = new Map<number, Segment>();
  private readonly totals = new Float64Array(width);
  private live = 0;
  // Live articles per segment, kept as they change: recounting every segment's tombstones on
  // each merge pass cost ~0.2 s per 100-article import at 100,000 articles.
  private readonly liveIn = new Map<number, number>();
  /** Built here and not yet saved. */
  readonly unsaved = new Set<number>();
  /** Saved rows of segments merged away, to delete at the next save. */
  readonly dropped = new Set<number>();

  constructor(
    private nextId: number,
    /** The size a rebuild fills segments to, and the largest a merge makes. */
    readonly segmentDocs: number,
  ) {}

  /** Segment ids are never reused, so a saved row is never confused with a newer build. */
  get nextSegmentId(): number {
    return this.nextId;
  }

  /**
   * The term dictionary, made when a query first needs it: an opening whose first work is to take
   * changes (an import clicked at the first paint) does not walk the archive's ~190,000 terms
   * first (~0.3 s at 100,000 articles, profiled in session 21).
   */
  get dictionary(): TermDictionary {
    return (this.terms ??= this.countTerms());
  }

  /** Makes the term dictionary ahead of the first query, while nothing waits for the index. */
  prepareDictionary(): void {
    this.terms ??= this.countTerms();
  }

  private countTerms(): TermDictionary {
    const terms = new TermDictionary();
    for (const segment of this.segments.values()) terms.count(segment, 1);
    return terms;
  }

  /** Every segment, oldest first. */
  all(): Segment[] {
    return [...this.segments.values()];
  }

  /** Live articles and field totals, for BM25. */
  stats(): CorpusStats {
    return { documents: this.live, fieldTotals: this.totals };
  }

  /** How many articles the index holds. */
  get documentCount(): number {
    return this.live;
  }

  /**
   * Takes in a segment (loaded, built or merged); `saved` if its row is already stored. Nothing
   * is done per article id: an article is found by its segment's `idOrder` (tombstone), where a
   * map of every id cost ~0.2 s at each opening of 100,000 (session 20). A loaded index lists
   * each article once (the manifest's count is checked against the archive's); a new segment's
   * articles replace their older copies as apply adds it.
   */
  add(segment: Segment, saved: boolean): void {
    this.segments.set(segment.id, segment);
    this.nextId = Math.max(this.nextId, segment.id + 1);
    this.terms?.count(segment, 1);
    this.liveIn.set(segment.id, 0);
    this.countLive(segment, 1);
    if (!saved) this.unsaved.add(segment.id);
  }

  /** Adds (1) or takes away (-1) a segment's live articles from the counts and field totals. */
  private countLive(segment: Segment, by: 1 | -1): void {
    let live = 0;
    const sums = new Float64Array(width);
    for (let local = 0; local < docCount(segment); local++) {
      if (segment.deleted[local]) continue;
      live++;
      for (let f = 0; f < width; f++)
        sums[f] = (sums[f] ?? 0) + (segment.lengths[local * width + f] ?? 0);
    }
    this.live += by * live;
    this.liveIn.set(segment.id, (this.liveIn.get(segment.id) ?? 0) + by * live);
    for (let f = 0; f < width; f++) this.totals[f] = (this.totals[f] ?? 0) + by * (sums[f] ?? 0);
  }

  private count(segment: Segment, local: number, by: 1 | -1): void {
    this.live += by;
    this.liveIn.set(segment.id, (this.liveIn.get(segment.id) ?? 0) + by);
    for (let f = 0; f < width; f++)
      this.totals[f] = (this.totals[f] ?? 0) + by * (segment.lengths[local * width + f] ?? 0);
  }

  private remove(segment: Segment): void {
    this.segments.delete(segment.id);
    this.terms?.count(segment, -1);
    this.countLive(segment, -1);
    this.liveIn.delete(segment.id);
    if (!this.unsaved.delete(segment.id)) this.dropped.add(segment.id);
  }

  /** Each segment's size and live articles, oldest first, as the merge policy takes them. */
  sizes(): { id: number; total: number; live: number }[] {
    return this.all().map((s) => ({
      id: s.id,
      total: docCount(s),
      live: this.liveIn.get(s.id) ?? 0,
    }));
  }

  /** Marks article `id` deleted where it is indexed; true if it was. */
  tombstone(id: string): boolean {
    let found = false;
    for (const segment of this.segments.values())
      for (const local of localsOf(segment, id)) {
        if (segment.deleted[local]) continue;
        segment.deleted[local] = 1;
        this.count(segment, local, -1);
        found = true;
      }
    return found;
  }

  /** A new segment's articles replace their copies: older segments' and its own earlier ones. */
  private replaceCopies(segment: Segment): void {
    const { idOrder } = segment;
    for (let i = 0; i < idOrder.length; i++) {
      const local = idOrder[i] ?? 0;
      const id = idAt(segment, local);
      // Copies of one id sit together in idOrder, in local order: the last is the newest.
      if (i + 1 < idOrder.length && idAt(segment, idOrder[i + 1] ?? 0) === id) {
        segment.deleted[local] = 1;
        continue;
      }
      this.tombstone(id);
    }
  }

  /** Removes `removals`, indexes `upserts` in a new segment (replacing older copies), merges. */
  apply(upserts: readonly SearchDocument[], removals: readonly string[]): void {
    for (const id of removals) this.tombstone(id);
    for (let i = 0; i < upserts.length; i += this.segmentDocs) {
      const segment = buildSegment(this.nextId, upserts.slice(i, i + this.segmentDocs));
      this.replaceCopies(segment);
      this.add(segment, false);
    }
    this.merge();
  }

  private merge(): void {
    for (;;) {
      const groups = plannedMerges(this.sizes(), this.segmentDocs);
      if (groups.length === 0) return;
      for (const group of groups) {
        const parts = group.flatMap((id) => this.segments.get(id) ?? []);
        const merged = mergeSegments(this.nextId++, parts);
        for (const part of parts) this.remove(part);
        if (docCount(merged) > 0) this.add(merged, false);
      }
    }
  }
}
