import type { ClusterScanRecord, ReuseRecord } from './cluster-records';
import {
  isPieceKey,
  joinScanSliced,
  pieceKey,
  splitScanSliced,
  type ScanHead,
} from './scan-pieces';
import { indexRowsSliced } from './scan-article-index';
import type { ArchiveDatabase } from './database';
import type { SummaryRows } from './list-source';
import { summariesComplete } from './summary-fill';
import { readEchoRevision } from './revision';

/**
 * Named queries over the cluster scan's derived data. Everything here is a cache of the scan:
 * a miss only costs a scan, and `rebuildDerivedData` drops it all.
 */

/**
 * Reuse rows put per request: 100,000 at once were a long task, 5,000 (a put each) 0.27 s, and
 * 1,000 still 257–850 ms under load at 30,000 articles (h28a's trace: each put copies its row
 * and its partners twice on the page's thread, once to store and once for the `share` index).
 */
export const REUSE_PUT_SLICE = 200;

/** The stored scan at these thresholds, if it belongs to `version` (else it is stale: a miss). */
export async function readClusterScan(
  db: ArchiveDatabase,
  key: string,
  version: string,
): Promise<ClusterScanRecord | undefined> {
  const head: ScanHead | undefined = await db.clusterScans.get(key);
  if (head?.version !== version) return undefined;
  // A scan stored whole (before pieces) is its own row.
  if (head.pieces === undefined) return head;
  // A request per piece: each is copied into the page in its own task.
  const pieces = await Promise.all(
    Array.from({ length: head.pieces }, (_, n) => db.clusterScans.get(pieceKey(key, n))),
  );
  // A piece missing (a scan cut short by a crash between puts cannot be: one transaction) is a miss.
  if (pieces.some((p) => p?.version !== version)) return undefined;
  // Joined a slice of pieces per task: every cluster of a 100,000-article scan in one go was a
  // long task on the page.
  return joinScanSliced(head, pieces as ClusterScanRecord[]);
}

/**
 * Keeps a scan and the reuse shares computed from it, in one transaction, replacing what an
 * earlier scan left (one scan is kept: the archive is only ever looked at one way at a time).
 */
export async function storeClusterScan(
  db: ArchiveDatabase,
  scan: ClusterScanRecord,
  reuse: readonly ReuseRecord[],
): Promise<void> {
  // In pieces, a put each: one row of every cluster was one long copy on the page's thread. Cut
  // before the transaction (which a pause would end), a slice of clusters per task.
  const { head, pieces } = await splitScanSliced(scan);
  const index = await indexRowsSliced(scan, pieces);
  const indexed: ScanHead = { ...head, indexRows: index.length };
  await db.transaction('rw', [db.clusterScans, db.reuse, db.articles], async () => {
    // An article deleted while the scan ran must not come back as a reuse row. Keys only: reading
    // the articles themselves (texts and HTML) to learn which exist cost the page a long task.
    const present = new Set(await db.articles.toCollection().primaryKeys());
    await db.clusterScans.clear();
    await db.clusterScans.put(indexed);
    for (const piece of pieces) await db.clusterScans.put(piece);
    for (const row of index) await db.clusterScans.put(row);
    await db.reuse.clear();
    // A slice per request: each is issued in its own task (the previous one's completion), so
    // 100,000 rows are not put in one long task; awaiting requests keeps the transaction open.
    const kept = reuse.filter((r) => present.has(r.articleId));
    for (let i = 0; i < kept.length; i += REUSE_PUT_SLICE)
      await db.reuse.bulkPut(kept.slice(i, i + REUSE_PUT_SLICE));
  });
}

/** The reuse rows of these articles (articles with no reuse have none). */
export async function readReuse(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<Map<string, ReuseRecord>> {
  const rows = await db.reuse.bulkGet([...ids]);
  return new Map(rows.flatMap((row) => (row ? [[row.articleId, row] as const] : [])));
}

/** Every article's reuse share, most reused first (for the library's "most reused" order). */
export async function listReuseShares(db: ArchiveDatabase): Promise<Map<string, number>> {
  const rows = await db.reuse.orderBy('share').reverse().toArray();
  return new Map(rows.map((row) => [row.articleId, row.share]));
}

/** What the cluster scan needs to know about an article besides its text. */
export interface ArticleFacts {
  readonly source: string;
  /** Milliseconds since 1970 UTC; 0 when undated (see core/extract/parse-instant). */
  readonly publishedAt: number;
  /** The page's last change (epoch ms); 0 when unknown. Dates an undated copy before its import. */
  readonly modifiedAt: number;
  readonly importedAt: number;
  readonly storyId: string;
}

/**
 * Rows read per request when every article's facts are read: summaries are a few hundred bytes,
 * whole records (read only while the v18 summaries are still being filled) carry their texts.
 */
const factsPageSize = { summaries: 2000, articles: 250 } as const;

/** An article's facts and its content hash, as one pass over the archive reads them. */
export interface ArticleFactsAndHashes {
  readonly facts: Map<string, ArticleFacts>;
  readonly hashes: Map<string, string>;
}

/**
 * Source, dates, story and content hash of every article, read a page of rows at a time in
 * primary-key order, stopping at `signal`. Rows and not index keys: Dexie walks an index's keys
 * with a cursor, one IndexedDB event per article and index (five indexes), which took 14 s of the
 * page's thread at 10,000 articles and could not be cancelled; a page of rows is one request.
 * The rows are the article summaries (schema v18: no text or HTML), so the page's thread no
 * longer receives and drops every article's text — at 100,000 articles that was ~0.5 GB cloned
 * out of IndexedDB before each scan. While the summaries are still being filled after the
 * upgrade, whole records are read as before.
 */
export async function readArticleFactsAndHashes(
  db: ArchiveDatabase,
  signal?: AbortSignal,
): Promise<ArticleFactsAndHashes> {
  const facts = new Map<string, ArticleFacts>();
  const hashes = new Map<string, string>();
  const time = (value: unknown): number => (typeof value === 'number' ? value : 0);
  const small = await summariesComplete(db);
  const rows: SummaryRows = small ? db.articleSummaries : db.articles;
  const pageSize = small ? factsPageSize.summaries : factsPageSize.articles;
  for (let after: string | undefined; ;) {
    signal?.throwIfAborted();
    const page = await (after === undefined ? rows.orderBy(':id') : rows.where(':id').above(after))
      .limit(pageSize)
      .toArray();
    for (const a of page) {
      facts.set(a.id, {
        source: a.source,
        publishedAt: time(a.publishedAt),
        // A file's time dates only a copy that gives no date of its own (echoes-doc-meta.ts).
        modifiedAt: a.modifiedByFile && time(a.publishedAt) ? 0 : time(a.modifiedAt),
        importedAt: time(a.importedAt),
        storyId: a.storyId || a.id,
      });
      hashes.set(a.id, a.contentHash);
    }
    if (page.length < pageSize) break;
    after = page[page.length - 1]?.id;
  }
  return { facts, hashes };
}

/** Source, dates and story of every article (see readArticleFactsAndHashes). */
export async function readArticleFacts(db: ArchiveDatabase): Promise<Map<string, ArticleFacts>> {
  return (await readArticleFactsAndHashes(db)).facts;
}

/** The texts of these articles, read in batches (missing articles are left out). */
export async function readTexts(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<Map<string, string>> {
  return (await readTextsAndTitles(db, ids)).texts;
}

/** The texts and titles of these articles, read in batches (missing articles are left out). */
export async function readTextsAndTitles(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<{ texts: Map<string, string>; titles: Map<string, string> }> {
  const texts = new Map<string, string>();
  const titles = new Map<string, string>();
  // 100 articles a read: each read's texts are cloned onto the page in the task that gets them.
  for (let i = 0; i < ids.length; i += 100) {
    const rows = await db.articles.bulkGet(ids.slice(i, i + 100));
    for (const row of rows)
      if (row) {
        texts.set(row.id, row.text);
        titles.set(row.id, row.title);
      }
  }
  return { texts, titles };
}

/** One article's reuse as the reader shows it: its row, the titles of its partners, and freshness. */
export interface ArticleReuseView {
  readonly reuse: ReuseRecord | undefined;
  readonly titles: ReadonlyMap<string, string>;
  /** True when a cluster scan has been stored (so no row means no reuse at that scan). */
  readonly scanned: boolean;
  /** True when the scan was of the archive as it is now. */
  readonly current: boolean;
  /** The stored scan's key (its thresholds, "12:0.8"): the reuse rows are that scan's. */
  readonly scanKey: string | undefined;
  /** True when the article came into the archive after the stored scan read it: no answer yet. */
  readonly addedSince: boolean;
}

/** The reuse of one article, with up to `partners` partner titles. */
export async function readArticleReuse(
  db: ArchiveDatabase,
  articleId: string,
  partners = 5,
): Promise<ArticleReuseView> {
  const [reuse, scans, revision, summary] = await Promise.all([
    db.reuse.get(articleId),
    db.clusterScans.toCollection().primaryKeys(),
    readEchoRevision(db),
    db.articleSummaries.get(articleId),
  ]);
  const ids = (reuse?.partners ?? []).slice(0, partners).map((p) => p.articleId);
  const rows = await db.articles.bulkGet(ids);
  // The scan's own row (small: its pieces hold the clusters), not a piece.
  const head = scans.find((key) => !isPieceKey(key));
  const scan = head === undefined ? undefined : await db.clusterScans.get(head);
  return {
    reuse,
    titles: new Map(rows.flatMap((a) => (a ? [[a.id, a.title] as const] : []))),
    scanned: scan !== undefined,
    current: scan?.version.endsWith(`/rev${revision}`) ?? false,
    scanKey: scan === undefined ? undefined : String(head),
    // A reuse row means the scan saw it; else its import time against when the scan read the
    // archive (`computedAt`). Without a summary (older archives mid-fill) it counts as seen.
    addedSince:
      scan !== undefined &&
      reuse === undefined &&
      (summary?.importedAt ?? -Infinity) > Date.parse(scan.computedAt),
  };
}

/** What an export of clusters says of each article beyond the scan's record: text, title, URL. */
export interface ExportedArticle {
  readonly text: string;
  readonly title: string;
  readonly url: string;
}

/** The text, title and URL of these articles, read 100 at a time (missing ones are left out). */
export async function readExportedArticles(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<Map<string, ExportedArticle>> {
  const found = new Map<string, ExportedArticle>();
  for (let i = 0; i < ids.length; i += 100) {
    const rows = await db.articles.bulkGet(ids.slice(i, i + 100));
    for (const row of rows)
      if (row) found.set(row.id, { text: row.text, title: row.title, url: row.url });
  }
  return found;
}
