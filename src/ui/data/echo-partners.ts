import type { ClusterScanResult } from './stored-scan';

/**
 * The articles an article's echoes with others can be with, as a current archive-wide scan at the
 * same thresholds found them: every other article in a cluster with one of its passages, its
 * versions, and any article the scan failed to compare it with. Undefined when the scan cannot
 * say (it left the article itself out): then only reading the whole archive can.
 */
export function partnersInScan(
  articleId: string,
  versionIds: readonly string[],
  scan: ClusterScanResult,
): Set<string> | undefined {
  if (scan.skipped.some((s) => s.articleId === articleId)) return undefined;
  const partners = new Set(versionIds);
  for (const s of scan.skipped) if (s.other === articleId) partners.add(s.articleId);
  for (const cluster of scan.clusters) {
    if (!cluster.passages.some((p) => p.doc === articleId)) continue;
    for (const p of cluster.passages) partners.add(p.doc);
  }
  partners.delete(articleId);
  return partners;
}
