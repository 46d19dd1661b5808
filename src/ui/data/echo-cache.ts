import { ENGINE_REVISION } from '../../core/echoes/engine-revision';
import { FINGERPRINT_VERSION } from '../../core/echoes/fingerprint';
import type { Echo } from '../../core/model';
import { getCachedEchoes, putCachedEchoes } from '../../db/echo-cache';
import { readEchoRevision } from '../../db/revision';
import type { ArticleJob, EchoSettings } from '../../workers/echo-protocol';
import { archive } from './archive';
import { resultVersion } from './result-version';

/** Where a scan's result is cached: one row per job and thresholds, valid for one archive revision. */
interface CacheSlot {
  readonly key: string;
  readonly version: string;
}

/** The slot for a scan now. A change to what echoes are made of, or a new app or engine, misses. */
export async function cacheSlot(job: ArticleJob, settings: EchoSettings): Promise<CacheSlot> {
  const scope = `article:${job.doc.id}:${[...job.versionIds].sort().join(',')}`;
  const revision = await readEchoRevision(archive());
  return {
    key: `${scope}:${settings.minWords}:${settings.minSimilarity}`,
    version: resultVersion(
      {
        app: __APP_VERSION__,
        engine: ENGINE_REVISION,
        fingerprints: FINGERPRINT_VERSION,
        settings,
      },
      revision,
    ),
  };
}

/** A cached result for the slot, if one is there (derived data: a miss only costs a scan). */
export async function readCachedEchoes(slot: CacheSlot): Promise<readonly Echo[] | undefined> {
  const row = await getCachedEchoes(archive(), slot.key, slot.version);
  return row?.echoes;
}

/** Keeps a scan's result; dropped with any of its articles, ignored after the next write. */
export async function cacheEchoes(slot: CacheSlot, echoes: readonly Echo[]): Promise<void> {
  const articleIds = [...new Set(echoes.flatMap((e) => [e.a.doc, e.b.doc]))];
  await putCachedEchoes(archive(), {
    key: slot.key,
    articleIds,
    engineVersion: slot.version,
    echoes,
    computedAt: new Date().toISOString(),
  });
}
