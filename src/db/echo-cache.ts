import type { ArchiveDatabase } from './database';
import type { EchoCacheRecord } from './records';

/**
 * Cached echo results (derived data: always recomputable, so any miss is harmless). Rows are
 * dropped when one of their articles is deleted, and ignored when the engine version differs.
 */
export async function getCachedEchoes(
  db: ArchiveDatabase,
  key: string,
  engineVersion: string,
): Promise<EchoCacheRecord | undefined> {
  const row = await db.echoes.get(key);
  return row?.engineVersion === engineVersion ? row : undefined;
}

/** Stores echo results under a key (an article id, or a pair of ids). */
export async function putCachedEchoes(db: ArchiveDatabase, record: EchoCacheRecord): Promise<void> {
  await db.echoes.put(record);
}
