import { isFiltered, matchesFilters, type ArticleFilters } from '../core/filters/article-filters';
import type { Expansion } from './query-terms';
import { PostingsReader } from './postings';
import { findTerm, searchedFields, type Segment } from './segment';
import { docCount, idAt, sourceAt, tagsAt } from './segment-strings';

/** One ranked match, before the article is read for its snippet. */
export interface RankedMatch {
  readonly id: string;
  readonly score: number;
  /** The index terms that matched (folded), for highlighting. */
  readonly terms: readonly string[];
  /** When the article was published: ties in score rank newest first (see ranksAbove). */
  readonly publishedAt: number;
}

/** What BM25 needs of the whole archive: live articles and each field's total length. */
export interface CorpusStats {
  readonly documents: number;
  readonly fieldTotals: Float64Array;
}

// Title counts most, then byline, then source (as before the compact index).
const boosts = [3, 2, 1.5, 1];
const k = 1.2;
const b = 0.7;
const d = 0.5;
const width = searchedFields.length;

/** A query term's postings in one field of one segment: its bytes, and how many documents. */
export interface Hit {
  readonly word: number;
  readonly expansion: Expansion;
  readonly field: number;
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/** What ranking looks at. */
type Ranked = Pick<RankedMatch, 'score' | 'publishedAt' | 'id'>;

/**
 * A match before the terms it matched are looked up (see termsOf): a phrase's candidates are
 * tens of thousands at 100,000 articles, and only those kept are shown.
 */
export interface Candidate extends Ranked {
  readonly segment: Segment;
  readonly doc: number;
  /** The query's postings in its segment. */
  readonly hits: readonly Hit[];
}

/**
 * Whether `a` ranks above `b`: higher score, then (ties are common: copies of one wire story
 * score alike) newer publication, then id. Without a full order, tied results came in whatever
 * order the segments held them, so a segment merge or another tab's import reshuffled them while
 * a person was ticking rows, and which ties survived the limit depended on where each was stored.
 */
function ranksAbove(a: Ranked, b: Ranked): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.publishedAt !== b.publishedAt) return a.publishedAt > b.publishedAt;
  return a.id < b.id;
}

/** Past this many results, matches are gathered and sorted once rather than kept in order. */
const sortPast = 2048;

/** `a` before `b` in rank order, for sorting (see ranksAbove). */
export function byRank(a: Ranked, b: Ranked): number {
  return b.score - a.score || b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : +(a.id > b.id));
}

/**
 * Inserts into the best `limit`, kept in rank order (see ranksAbove). A large limit (a phrase's
 * every candidate) only gathers: inserting in order would cost a shift per match; `ranked` sorts.
 */
function keepBest<T extends Ranked>(best: T[], found: T, limit: number): void {
  if (limit > sortPast) {
    best.push(found);
    return;
  }
  const last = best[limit - 1];
  if (best.length === limit && last && !ranksAbove(found, last)) return;
  let at = best.length;
  while (at > 0 && ranksAbove(found, best[at - 1] as T)) at--;
  best.splice(at, 0, found);
  if (best.length > limit) best.pop();
}

/** Whether a match of `score` and `publishedAt` is sure to miss the best `limit`, whatever its id. */
function outranked(best: readonly Ranked[], score: number, publishedAt: number, limit: number) {
  const last = best[limit - 1];
  if (limit > sortPast || best.length < limit || !last) return false;
  return score < last.score || (score === last.score && publishedAt < last.publishedAt);
}

function hitsIn(segment: Segment, query: readonly Expansion[][]): Hit[] {
  const hits: Hit[] = [];
  query.forEach((expansions, word) => {
    for (const expansion of expansions)
      segment.fields.forEach((postings, field) => {
        const t = findTerm(postings, expansion.term);
        if (t < 0) return;
        const start = postings.offsets[t] ?? 0;
        const end = postings.offsets[t + 1] ?? 0;
        hits.push({ word, expansion, field, start, end, count: postings.counts[t] ?? 0 });
      });
  });
  return hits;
}

/** What keepBest kept, in rank order and at most `limit`. */
function ranked<T extends Ranked>(best: T[], limit: number): T[] {
  return limit > sortPast ? best.sort(byRank).slice(0, limit) : best;
}

// A hit's documents, unpacked the first time a kept match asks about it: the matches kept from
// one segment share its hits, so each is read once however many of them it is asked for.
const unpacked = new WeakMap<Hit, Uint16Array>();

function docsOf(segment: Segment, hit: Hit): Uint16Array {
  const known = unpacked.get(hit);
  if (known) return known;
  const docs = new Uint16Array(hit.count);
  const bytes = segment.fields[hit.field]?.bytes ?? new Uint8Array(0);
  const reader = new PostingsReader().reset(bytes, hit.start, hit.end);
  for (let i = 0; reader.next(); i++) docs[i] = reader.doc;
  unpacked.set(hit, docs);
  return docs;
}

function contains(segment: Segment, hit: Hit, doc: number): boolean {
  const docs = docsOf(segment, hit);
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const here = docs[mid] ?? 0;
    if (here === doc) return true;
    if (here < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The index terms `candidate` matched (folded), for highlighting. */
export function termsOf(candidate: Candidate): string[] {
  const terms = new Set<string>();
  for (const h of candidate.hits)
    if (contains(candidate.segment, h, candidate.doc)) terms.add(h.expansion.term);
  return [...terms];
}

/**
 * BM25 over every segment (MiniSearch's formula and constants: k 1.2, b 0.7, d 0.5; document
 * frequency and average length over the whole archive, not per segment, so a result's score does
 * not depend on where its article is stored). Every query word must match, through any of its
 * expansions, in any field; the score is multiplied by the number of words, as MiniSearch does.
 */
export function searchSegments(
  segments: readonly Segment[],
  query: readonly Expansion[][],
  stats: CorpusStats,
  filters: ArticleFilters,
  limit: number,
): RankedMatch[] {
  return rankCandidates(segments, query, stats, filters, limit).map((c) => ({
    id: c.id,
    score: c.score,
    terms: termsOf(c),
    publishedAt: c.publishedAt,
  }));
}

/** The best `limit` matches as searchSegments ranks them, their terms not yet looked up. */
export function rankCandidates(
  segments: readonly Segment[],
  query: readonly Expansion[][],
  stats: CorpusStats,
  filters: ArticleFilters,
  limit: number,
): Candidate[] {
  const words = query.length;
  if (words === 0 || stats.documents === 0 || limit <= 0) return [];
  const hits = segments.map((s) => hitsIn(s, query));
  // Document frequency per expansion and field, summed over segments.
  const frequency = new Map<string, number>();
  for (const list of hits)
    for (const h of list) {
      const key = `${h.field}:${h.expansion.term}`;
      frequency.set(key, (frequency.get(key) ?? 0) + h.count);
    }
  const n = stats.documents;
  const average = Array.from({ length: width }, (_, f) => (stats.fieldTotals[f] ?? 0) / n || 1);
  const best: Candidate[] = [];
  const reader = new PostingsReader();
  const filtered = isFiltered(filters);
  segments.forEach((segment, s) => {
    const list = hits[s] ?? [];
    if (list.length === 0) return;
    const size = docCount(segment);
    const scores = new Float64Array(size);
    const matched = new Uint8Array(size);
    const lastWord = new Int16Array(size).fill(-1);
    for (const h of list) {
      const postings = segment.fields[h.field];
      if (!postings) continue;
      const df = frequency.get(`${h.field}:${h.expansion.term}`) ?? 1;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const weight = h.expansion.weight * (boosts[h.field] ?? 1) * idf;
      reader.reset(postings.bytes, h.start, h.end);
      while (reader.next()) {
        const doc = reader.doc;
        // Under AND, a document that missed an earlier word can never match.
        if (segment.deleted[doc] || (matched[doc] ?? 0) < h.word) continue;
        const tf = reader.count;
        const norm =
          1 - b + (b * (segment.lengths[doc * width + h.field] ?? 0)) / (average[h.field] ?? 1);
        scores[doc] = (scores[doc] ?? 0) + weight * (d + (tf * (k + 1)) / (tf + k * norm));
        if (lastWord[doc] !== h.word) {
          lastWord[doc] = h.word;
          matched[doc] = (matched[doc] ?? 0) + 1;
        }
      }
    }
    for (let doc = 0; doc < size; doc++) {
      if (matched[doc] !== words) continue;
      const publishedAt = segment.publishedAt[doc] ?? 0;
      // A match's source and tags are read out of the packed columns only when a filter asks.
      if (filtered) {
        const article = { source: sourceAt(segment, doc), tags: tagsAt(segment, doc), publishedAt };
        if (!matchesFilters(article, filters)) continue;
      }
      const score = (scores[doc] ?? 0) * words;
      // Its id is cut out of the packed ids only for a match that may be kept.
      if (outranked(best, score, publishedAt, limit)) continue;
      const id = idAt(segment, doc);
      keepBest(best, { score, segment, doc, publishedAt, id, hits: list }, limit);
    }
  });
  return ranked(best, limit);
}

/**
 * The best `limit` of several searches' matches (one query asked in several forms), in rank
 * order: an article found by more than one keeps its best score and every term it matched.
 */
export function mergeRanked(
  lists: readonly (readonly RankedMatch[])[],
  limit: number,
): RankedMatch[] {
  const byId = new Map<string, RankedMatch>();
  for (const list of lists)
    for (const match of list) {
      const known = byId.get(match.id);
      const terms = known ? [...new Set([...known.terms, ...match.terms])] : match.terms;
      const score = Math.max(known?.score ?? -Infinity, match.score);
      byId.set(match.id, { ...match, score, terms });
    }
  const best: RankedMatch[] = [];
  for (const match of byId.values()) keepBest(best, match, limit);
  return ranked(best, limit);
}
