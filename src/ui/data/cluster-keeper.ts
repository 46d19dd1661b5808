import type { ReuseRecord, SkippedArticleRecord } from '../../db/cluster-records';
import { readTexts, readTextsAndTitles, storeClusterScan } from '../../db/cluster-store';
import type { ArchiveDatabase } from '../../db/database';
import type { ClusterKeeper, FoundClusters } from '../../workers/echo-protocol';
import { excerptDocs, factsOfMetas, toClusterRecords } from './to-cluster-records';
import { databaseNamed } from './worker-databases';

/**
 * How the echo worker stores a clusters scan (echo-worker-entry.ts): the records with their
 * excerpts, each article's reuse share and the skipped articles named, in one transaction. Here,
 * in the worker, not on the page: at 100,000 articles the page built and put ~10,000 clusters and
 * ~100,000 reuse rows, and its garbage collections were the first scan's longest tasks.
 */
export function archiveClusterKeeper(): ClusterKeeper {
  return async (keeping, found, signal) => {
    const db = databaseNamed(keeping.database);
    const facts = factsOfMetas(found.metas);
    const texts = await readTexts(db, excerptDocs(found.clusters, facts));
    signal.throwIfAborted();
    const clusters = toClusterRecords(found.clusters, facts, texts);
    const reuse: ReuseRecord[] = found.reuse.map((r) => ({ ...r, revision: keeping.revision }));
    const skipped = await nameSkipped(db, found.skipped);
    signal.throwIfAborted();
    // A write during the scan changed the revision: the result is filed under the old one.
    await storeClusterScan(
      db,
      {
        key: keeping.key,
        version: keeping.version,
        clusters,
        computedAt: keeping.computedAt,
        skipped,
      },
      reuse,
    );
  };
}

/** The skipped articles with their titles (an article deleted since is no longer named). */
async function nameSkipped(
  db: ArchiveDatabase,
  skipped: FoundClusters['skipped'],
): Promise<SkippedArticleRecord[]> {
  if (skipped.length === 0) return [];
  const { titles } = await readTextsAndTitles(db, [
    ...new Set(skipped.flatMap((s) => (s.other === undefined ? [s.id] : [s.id, s.other]))),
  ]);
  return skipped.flatMap(({ id, reason, other }) => {
    const title = titles.get(id);
    if (title === undefined) return [];
    const otherTitle = other === undefined ? undefined : titles.get(other);
    return [
      {
        articleId: id,
        title,
        reason,
        ...(other === undefined ? {} : { other }),
        ...(otherTitle === undefined ? {} : { otherTitle }),
      },
    ];
  });
}
