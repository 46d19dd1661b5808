import type { ArchiveDatabase } from './database';
import type { ClusterRecord } from './cluster-records';

/**
 * Clusters found by another tool and imported (schema v10): today passim's. Unlike the cluster
 * scan's results these are not derived data — Verso cannot recompute them — so a rebuild keeps
 * them; the next import from the same tool replaces them whole.
 */

/** v10: imported clusters, one row each, and one row per tool describing its last import. */
export const schemaV10 = {
  importedClusters: 'id, tool',
  clusterImports: 'tool',
} as const;

/** The tools clusters are imported from. */
export type ClusterTool = 'passim';

/** One imported cluster: Verso's cluster record, marked with the tool it came from. */
export interface ImportedClusterRecord extends ClusterRecord {
  readonly tool: ClusterTool;
  /** The tool's own id for the cluster (passim's `cluster`). */
  readonly toolId: string;
}

/** What the last import from a tool brought, and what it could not place. */
export interface ClusterImportRecord {
  readonly tool: ClusterTool;
  readonly importedAt: number;
  /** The tool's parameters as its output recorded them (passim's `conf`), when present. */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
  readonly files: number;
  readonly clusters: number;
  readonly passages: number;
  /** Ids in the tool's output that match no archived article: how many, and the first few. */
  readonly unmatchedCount: number;
  readonly unmatched: readonly string[];
  /** Records refused (malformed, or offsets that do not fit the text): how many, first reasons. */
  readonly rejectedCount: number;
  readonly rejected: readonly string[];
  /** Clusters left with fewer than two passages once unmatched and rejected ones went. */
  readonly droppedClusters: number;
}

/**
 * Replaces what the last import from `summary.tool` stored with these clusters, in one
 * transaction (a failed import leaves the previous one whole).
 */
export async function replaceImportedClusters(
  db: ArchiveDatabase,
  summary: ClusterImportRecord,
  clusters: readonly ImportedClusterRecord[],
): Promise<void> {
  await db.transaction('rw', [db.importedClusters, db.clusterImports], async () => {
    await db.importedClusters.where('tool').equals(summary.tool).delete();
    for (let i = 0; i < clusters.length; i += 500)
      await db.importedClusters.bulkPut(clusters.slice(i, i + 500));
    await db.clusterImports.put(summary);
  });
}

/** Every cluster imported from this tool. */
export async function readImportedClusters(
  db: ArchiveDatabase,
  tool: ClusterTool,
): Promise<ImportedClusterRecord[]> {
  return db.importedClusters.where('tool').equals(tool).toArray();
}

/** The last import from this tool, if there was one. */
export async function readClusterImport(
  db: ArchiveDatabase,
  tool: ClusterTool,
): Promise<ClusterImportRecord | undefined> {
  return db.clusterImports.get(tool);
}
