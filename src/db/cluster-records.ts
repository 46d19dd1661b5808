import type { EchoKind } from '../core/model';

/**
 * Derived data of the archive-wide cluster scan (schema v5). Like fingerprints and cached echoes,
 * everything here is recomputed from the articles by the next scan, so backups leave it out.
 */

/** One passage of a stored cluster, with the facts about its article that the lists show. */
export interface ClusterPassageRecord {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  /** Similarity to the cluster's representative passage, in [0, 1] (1 for the representative). */
  readonly similarity: number;
  /** The article's source ('' when unknown). */
  readonly source: string;
  /**
   * Publication date, else the page's last change, else import date (epoch ms): what the
   * passages are ordered by (versions/version-order.ts).
   */
  readonly date: number;
  /** True when `date` is the import date because the article has no other. */
  readonly imported: boolean;
  /** True when `date` is the page's last change (absent in scans stored before it was used). */
  readonly modified?: boolean;
}

/**
 * One cluster as stored (the engine's Cluster, see core/model.ts, with each passage's source
 * and date): passages in date order, `origin` the likely first printing, `representative` the
 * passage the others were aligned to. A scan lists its first 1,000 passages, then one of each
 * other article (and the representative); `size`, `sources` and `articles` count them all.
 */
export interface ClusterRecord {
  readonly id: string;
  readonly kind: EchoKind;
  readonly passages: readonly ClusterPassageRecord[];
  readonly representative: number;
  readonly origin: number;
  readonly size: number;
  /** Mean similarity of the copies to the representative. */
  readonly similarity: number;
  /** The representative's length in words. */
  readonly words: number;
  readonly sources: number;
  /** Passages from several articles of one and the same source: a footer, not reuse. */
  readonly boilerplate: boolean;
  /** Distinct articles among the passages. */
  readonly articles: number;
  /** The start of the representative passage's text, for lists. */
  readonly excerpt: string;
}

/** Derived: one archive-wide cluster scan at some thresholds, valid for one archive revision. */
export interface ClusterScanRecord {
  /** The thresholds it was computed at, e.g. `8:0.5`. */
  readonly key: string;
  /** App, fingerprint and archive revision it belongs to; any other version is a miss. */
  readonly version: string;
  readonly clusters: readonly ClusterRecord[];
  readonly computedAt: string;
  /** Articles the scan had to leave out (absent in scans stored before this was kept). */
  readonly skipped?: readonly SkippedArticleRecord[];
}

/**
 * An article an archive-wide scan left out, and why: `damaged` stored fingerprints,
 * `unreadable` text, or `pair` (comparing it with article `other` failed; the rest of it was
 * scanned). The title is the one it had at the scan, so the list can name it without a read.
 */
export interface SkippedArticleRecord {
  readonly articleId: string;
  readonly title: string;
  readonly reason: 'damaged' | 'unreadable' | 'pair';
  readonly other?: string;
  /** The title `other` had at the scan. */
  readonly otherTitle?: string;
}

/** Another article that shares words with this one in non-boilerplate clusters. */
export interface ReusePartner {
  readonly articleId: string;
  /** Words of this article that sit in clusters with that article. */
  readonly words: number;
}

/**
 * Derived: an article's reuse share, from the latest cluster scan. Only articles with some reuse
 * have a row; `revision` says which archive state it was computed for.
 */
export interface ReuseRecord {
  readonly articleId: string;
  /** Reused words ÷ the article's words, in [0, 1]. */
  readonly share: number;
  readonly words: number;
  readonly reusedWords: number;
  /** Most shared first (the first 20). */
  readonly partners: readonly ReusePartner[];
  /** How many articles it shares words with in all. */
  readonly partnerCount: number;
  /** Of `reusedWords`, those it printed first (absent in rows stored before session 25). */
  readonly firstWords?: number;
  readonly revision: number;
}
