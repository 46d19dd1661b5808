import type { Fingerprints } from '../core/echoes/fingerprint';
import type { SelectedPassage } from '../core/echoes/passage-copies';
import type { ClusterDoc, Doc, Echo } from '../core/model';
import type { ListedCluster } from './listed-clusters';
import type { ArticleReuse } from './reuse-shares';
import type { SkippedArticle } from './skipped-articles';

/** The thresholds a person sets for echoes (see the engine's EchoOptions). */
export interface EchoSettings {
  readonly minWords: number;
  readonly minSimilarity: number;
}

/** What the cluster scan needs to know of an article besides its text: dates, source, story. */
export type ClusterMeta = Omit<ClusterDoc, 'text'>;

/** One open article's echoes: within it, with its versions, with the rest of the archive. */
export interface ArticleJob {
  readonly kind: 'article';
  readonly doc: Doc;
  readonly versionIds: readonly string[];
}

/**
 * Where else a selected passage appeared: its near copies in the archive (any article, its own
 * included), found through the worker's index. Answered like an article job (`done`, echoes).
 */
export interface PassageJob {
  readonly kind: 'passage';
  readonly passage: SelectedPassage;
  /** The other versions of the passage's article: copies there are of kind `version`. */
  readonly versionIds: readonly string[];
}

/**
 * What the scan is for: one open article, a selected passage's copies, or every cluster in the
 * archive (with the facts provenance needs for each article), and each article's reuse share.
 */
export type EchoJob = ArticleJob | PassageJob | ClustersJob;

/**
 * Every cluster in the archive. The articles' facts are posted ahead in batches (EchoAddMetas):
 * one message with 100,000 of them cost the page ~0.35 s of cloning in one task. `metaScan` names
 * the batches that belong to this scan (a cancelled scan's may still be in the worker) and
 * `metaCount` says how many were posted, so a worker that restarted in between refuses rather
 * than scan without.
 */
export interface ClustersJob {
  readonly kind: 'clusters';
  readonly metaScan: number;
  readonly metaCount: number;
  /** Where the worker stores what it found; the page reads the stored scan back. */
  readonly keep: ClusterKeeping;
}

/**
 * A clusters scan's result as the worker stores it itself: building the records, reading the
 * excerpts' texts and putting every row on the page's thread made the page's heap churn, and
 * its garbage collections were the first scan's longest tasks at 100,000 articles (session 32).
 */
export interface ClusterKeeping {
  /** The archive database's name. */
  readonly database: string;
  /** The stored scan's key (its thresholds) and version (app, engine, archive revision). */
  readonly key: string;
  readonly version: string;
  /** The archive's revision when the scan began reading (its reuse rows carry it). */
  readonly revision: number;
  /** When the scan began reading (ISO 8601). */
  readonly computedAt: string;
}

/** What a clusters scan found, as the worker hands it to its keeper to store. */
export interface FoundClusters {
  /** Each with its first CLUSTER_PASSAGE_LIMIT passages and one of each other article listed; `size` counts them all. */
  readonly clusters: readonly ListedCluster[];
  readonly reuse: readonly ArticleReuse[];
  /** Articles the scan left out, and why; the rest of the archive was scanned. */
  readonly skipped: readonly SkippedArticle[];
  /** The facts posted for the scan, by article id. */
  readonly metas: ReadonlyMap<string, ClusterMeta>;
}

/** How the echo worker stores a clusters scan's result (workers do not import the database). */
export type ClusterKeeper = (
  keeping: ClusterKeeping,
  found: FoundClusters,
  signal: AbortSignal,
) => Promise<void>;

/** An archived article whose stored fingerprints are current: the worker indexes them as they are. */
export interface FingerprintedDoc {
  readonly id: string;
  readonly fingerprints: Fingerprints;
}

/** An archived article whose fingerprints are stale or missing: the worker fingerprints its text. */
export interface TextDoc {
  readonly id: string;
  readonly text: string;
}

/** An archived article as the echo index needs it (not the search index's document). */
export type DocToIndex = FingerprintedDoc | TextDoc;

/** The steps of a scan a progress bar names: reading articles, indexing, comparing, saving. */
export type ScanPhase = 'Reading' | 'Indexing' | 'Comparing' | 'Saving';

/**
 * A scan request to the echo worker (the worker client adds its `id`). The worker keeps the
 * archive's index between scans, so each request carries only the articles added or changed
 * (`add`) and removed since the last.
 */
export interface EchoRequest {
  readonly kind: 'scan';
  readonly add: readonly DocToIndex[];
  /**
   * Articles the worker reads from the archive itself and indexes, before `add`: their texts
   * never pass through the page (at 100,000 articles, reading and cloning them there made the
   * page's garbage collections its longest tasks, scale-history session 27).
   */
  readonly read?: ArticlesToRead;
  readonly remove: readonly string[];
  readonly job: EchoJob;
  readonly settings: EchoSettings;
}

/** Articles for the echo worker to read by id from the archive database named `database`. */
export interface ArticlesToRead {
  readonly database: string;
  readonly ids: readonly string[];
}

/** How the echo worker reads articles' texts (missing articles are left out of the map). */
export type TextReader = (database: string, ids: readonly string[]) => Promise<Map<string, string>>;

/** A message from the echo worker about request `id`. */
export type EchoReply =
  | {
      readonly kind: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
      readonly phase: ScanPhase;
    }
  | {
      readonly kind: 'done';
      readonly id: number;
      readonly echoes: readonly Echo[];
      /** Weaker echoes found past ECHO_LIMIT, counted and not sent. */
      readonly omitted: number;
    }
  | {
      /** A clusters scan stored its result (ClustersJob.keep). */
      readonly kind: 'kept';
      readonly id: number;
    }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

/**
 * Articles for the worker's index, sent ahead of a request in small batches (their typed arrays
 * transferred, not copied) so no one message makes the page clone the whole archive at once.
 */
export interface EchoAddDocs {
  readonly kind: 'add-docs';
  readonly docs: readonly DocToIndex[];
}

/** Facts of articles for the next clusters scan, posted ahead of it in batches. */
export interface EchoAddMetas {
  readonly kind: 'add-metas';
  /** The scan these facts are for (ClustersJob.metaScan); a batch of another starts afresh. */
  readonly scan: number;
  readonly metas: readonly ClusterMeta[];
}
