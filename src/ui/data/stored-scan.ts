import { ENGINE_REVISION } from '../../core/echoes/engine-revision';
import { FINGERPRINT_VERSION } from '../../core/echoes/fingerprint';
import type { ClusterRecord, SkippedArticleRecord } from '../../db/cluster-records';
import { readClusterScan } from '../../db/cluster-store';
import { readScanFor } from '../../db/scan-article-index';
import { readEchoRevision } from '../../db/revision';
import type { EchoSettings } from '../../workers/echo-protocol';
import { archive } from './archive';
import { resultVersion } from './result-version';
import { scanKeyOf } from './scan-key';

/** The version a stored scan must carry to be current: app, engine, thresholds, archive revision. */
export const scanVersionOf = (settings: EchoSettings, revision: number): string =>
  resultVersion(
    { app: __APP_VERSION__, engine: ENGINE_REVISION, fingerprints: FINGERPRINT_VERSION, settings },
    revision,
  );

/** An archive-wide scan's result: its clusters, and the articles it had to leave out. */
export interface ClusterScanResult {
  readonly clusters: readonly ClusterRecord[];
  readonly skipped: readonly SkippedArticleRecord[];
}

/** The stored scan, if it is current for the archive as it is now (no scan). */
export async function currentScan(settings: EchoSettings): Promise<ClusterScanResult | undefined> {
  const revision = await readEchoRevision(archive());
  const row = await readClusterScan(
    archive(),
    scanKeyOf(settings),
    scanVersionOf(settings, revision),
  );
  return row && { clusters: row.clusters, skipped: row.skipped ?? [] };
}

/**
 * The stored scan as one article's echoes need it (its clusters, whole, and the articles left
 * out), reading only that article's pieces where the scan was stored with its index; else whole.
 */
export async function currentScanFor(
  settings: EchoSettings,
  articleId: string,
): Promise<ClusterScanResult | undefined> {
  const revision = await readEchoRevision(archive());
  const version = scanVersionOf(settings, revision);
  const row =
    (await readScanFor(archive(), scanKeyOf(settings), version, articleId)) ??
    (await readClusterScan(archive(), scanKeyOf(settings), version));
  return row && { clusters: row.clusters, skipped: row.skipped ?? [] };
}
