import type { Echo } from '../../core/model';
import type {
  ArticleJob,
  ClusterMeta,
  EchoAddMetas,
  EchoJob,
  EchoReply,
  EchoRequest,
  EchoSettings,
  ScanPhase,
} from '../../workers/echo-protocol';
import { WorkerFailedError, workerClient } from '../../worker-client/worker-client';
import { archiveHashes } from './echo-docs';
import { archive } from './archive';
import { cacheEchoes, cacheSlot, readCachedEchoes } from './echo-cache';
import { partnersInScan } from './echo-partners';
import { currentScanFor } from './stored-scan';

/** Progress of a scan, for a progress bar. */
export interface EchoScanProgress {
  readonly done: number;
  readonly total: number;
  readonly phase: ScanPhase;
}

/** What the current worker holds: article id → content hash. Lost with the worker. */
let held = new Map<string, string>();

const echoWorker = workerClient<EchoRequest, EchoReply>(
  () => new Worker(new URL('./echo-worker-entry.ts', import.meta.url), { type: 'module' }),
  { stoppedWords: 'The scan was stopped; scan again.', onStop: () => (held = new Map()) },
);

/**
 * An echo scan: the cached result when the archive has not changed since, else a scan in the
 * worker, which is sent only the articles it does not hold yet — and, when a current
 * archive-wide scan at these thresholds is stored, only the articles it found sharing a passage
 * with this one (after a restart the worker holds nothing, and reading a whole archive of 2,000
 * articles into it took 14–30 s before the first echo with another article showed). Cancelling (the signal) settles
 * the scan at once and asks the worker to stop at its next pause.
 */
export async function scanEchoes(
  job: ArticleJob,
  settings: EchoSettings,
  onProgress: (progress: EchoScanProgress) => void,
  signal: AbortSignal,
): Promise<ArticleScan> {
  const slot = await cacheSlot(job, settings);
  const cached = await readCachedEchoes(slot);
  if (cached) return { echoes: cached, omitted: 0 };
  const stored = await currentScanFor(settings, job.doc.id);
  const only = stored && partnersInScan(job.doc.id, job.versionIds, stored);
  const reply = await scanInWorker(job, settings, onProgress, signal, undefined, only);
  const found = reply.kind === 'done' ? reply : { echoes: [], omitted: 0 };
  // A write during the scan changes the revision, so the result is filed under the old one. A
  // cut list is not kept: the cache row holds echoes only, and would come back as if complete.
  if (found.omitted === 0) await cacheEchoes(slot, found.echoes);
  return { echoes: found.echoes, omitted: found.omitted };
}

/** An article's echo scan: the echoes sent, and how many weaker ones were counted, not sent. */
export interface ArticleScan {
  readonly echoes: readonly Echo[];
  readonly omitted: number;
}

/**
 * Article facts per message posted ahead of a clusters scan. Copying a message costs the page's
 * thread: 5,000 took 42–50 ms in the profiles of a warm rescan at 100,000 (sessions 30, 31),
 * in the same task as the last slice of facts turned into metas.
 */
const METAS_BATCH = 2000;

/** Numbers each scan's facts, so the worker never mixes a cancelled scan's with the next's. */
let lastMetaScan = 0;

/**
 * Posts the articles' facts for a clusters scan in batches, yielding between them (one message
 * of 100,000 was a 0.35 s task), and returns what the scan's job says of them: which batches
 * are its own (`metaScan`) and how many facts they hold (`metaCount`).
 */
export async function sendClusterMetas(
  metas: readonly ClusterMeta[],
  signal: AbortSignal,
): Promise<{ metaScan: number; metaCount: number }> {
  const scan = ++lastMetaScan;
  for (let i = 0; i < metas.length; i += METAS_BATCH) {
    // A task of its own for each message, the first too (not after the metas' last slice).
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal.throwIfAborted();
    const batch = metas.slice(i, i + METAS_BATCH);
    echoWorker.post({ kind: 'add-metas', scan, metas: batch } satisfies EchoAddMetas);
  }
  return { metaScan: scan, metaCount: metas.length };
}

/** What a finished scan sends back: echoes, or word that the clusters it found are stored. */
export type ScanResult = Extract<EchoReply, { kind: 'done' | 'kept' }>;

/**
 * Runs a job in the echo worker, sending it only the articles it does not hold yet (the worker
 * keeps its index between scans). Cancelling settles at once; the worker stops at its next pause.
 */
export async function scanInWorker(
  job: EchoJob,
  settings: EchoSettings,
  onProgress: (progress: EchoScanProgress) => void,
  signal: AbortSignal,
  /** Every article's content hash, when the caller has already read them. */
  hashes?: Map<string, string>,
  /** The only articles the job can find anything in (see partnersInScan); all when absent. */
  only?: ReadonlySet<string>,
): Promise<ScanResult> {
  const current = hashes ?? (await archiveHashes(signal));
  // Loops, not spreads of every entry: this runs in one page task over the whole archive.
  const stale: string[] = [];
  for (const [id, hash] of current) if (held.get(id) !== hash) stale.push(id);
  const changed = only ? stale.filter((id) => only.has(id)) : stale;
  // A held article changed since and not sent again leaves the worker: it must not answer with
  // its old text. A later scan of everything sends it again (it is no longer held).
  const left = only ? stale.filter((id) => held.has(id) && !only.has(id)) : [];
  const remove: string[] = [];
  for (const id of held.keys()) if (!current.has(id)) remove.push(id);
  for (const id of left) remove.push(id);
  // The worker reads the changed articles' texts from the archive itself (echo-worker-entry.ts)
  // and says how far it is: the page sends ids only, and never holds or clones the texts.
  onProgress({ done: 0, total: changed.length, phase: 'Reading' });
  const request: EchoRequest = {
    kind: 'scan',
    add: [],
    read: { database: archive().name, ids: changed },
    remove,
    job,
    settings,
  };
  try {
    const reply = await echoWorker.request(request, { signal, onProgress });
    // In place: rebuilding the map from spreads of every held and sent article was a 66 ms task
    // at 10,000 (h25f's profile), linear in the archive.
    for (const id of changed) held.set(id, current.get(id) ?? '');
    for (const id of remove) held.delete(id);
    return reply;
  } catch (error) {
    // A scan that failed inside the worker may have left its index half-changed: start afresh.
    if (error instanceof WorkerFailedError) echoWorker.stop();
    throw error;
  }
}
