import type { ClusterRecord } from '../../db/cluster-records';
import { NumberedReleases } from '../../core/releases/numbered-releases';
import type { ReleaseReply, ReleaseRequest } from '../../workers/release-protocol';
import { workerClient } from '../../worker-client/worker-client';
import { addDates, releaseRows, rowOf, sortRows, type ReleaseRow } from './release-rows';

const releaseWorker = workerClient<ReleaseRequest, ReleaseReply>(
  () => new Worker(new URL('../../workers/release-worker.ts', import.meta.url), { type: 'module' }),
  { stoppedWords: 'Grouping the clusters into stories stopped.' },
);

/** Clusters (or releases) handled between two pauses: a few milliseconds of work each. */
const SLICE = 1_000;

const pause = (signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, 0)).then(() => signal.throwIfAborted());

/**
 * The clusters as release rows, without freezing the list at 100,000 articles: the pairing runs
 * in the release worker, and the page packs the clusters for it and reads its answer a slice at a
 * time, pausing between slices. `onProgress` gets the share done (0–1). Rejects with the signal's
 * reason when cancelled.
 */
export async function releaseRowsOffThread(
  clusters: readonly ClusterRecord[],
  signal: AbortSignal,
  onProgress: (share: number) => void,
): Promise<ReleaseRow[]> {
  if (typeof Worker === 'undefined') return releaseRows(clusters);
  const packed = await pack(clusters, signal, (share) => onProgress(share * 0.3));
  const { offsets, docs, starts, boilerplate } = packed;
  const answer = await releaseWorker.request(packed, {
    signal,
    transfer: [offsets.buffer, docs.buffer, starts.buffer, boilerplate.buffer],
  });
  onProgress(0.6);
  const gathered = new NumberedReleases(clusters);
  const dated = new Map<string, ClusterRecord['passages'][number]>();
  for (let from = 0; from < clusters.length; from += SLICE) {
    gathered.add(from, from + SLICE, (index) => answer.numbers[index]);
    addDates(clusters, from, from + SLICE, dated);
    onProgress(0.6 + (0.2 * from) / clusters.length);
    await pause(signal);
  }
  const rows: ReleaseRow[] = [];
  for (const release of gathered.releases()) {
    rows.push(rowOf(clusters, release, dated));
    if (rows.length % SLICE === 0) await pause(signal);
  }
  onProgress(1);
  return sortRows(rows);
}

// The clusters' copies as typed arrays (transferred, not cloned), articles numbered.
async function pack(
  clusters: readonly ClusterRecord[],
  signal: AbortSignal,
  onProgress: (share: number) => void,
): Promise<ReleaseRequest> {
  let copies = 0;
  for (const c of clusters) copies += c.passages.length;
  const offsets = new Int32Array(clusters.length + 1);
  const docs = new Int32Array(copies);
  const starts = new Float64Array(copies);
  const boilerplate = new Uint8Array(clusters.length);
  const numberOf = new Map<string, number>();
  let at = 0;
  for (let c = 0; c < clusters.length; c++) {
    const cluster = clusters[c];
    offsets[c] = at;
    boilerplate[c] = cluster?.boilerplate ? 1 : 0;
    for (const p of cluster?.passages ?? []) {
      let doc = numberOf.get(p.doc);
      if (doc === undefined) numberOf.set(p.doc, (doc = numberOf.size));
      docs[at] = doc;
      starts[at++] = p.start;
    }
    if (c % SLICE === SLICE - 1) {
      onProgress(c / clusters.length);
      await pause(signal);
    }
  }
  offsets[clusters.length] = at;
  return { kind: 'releases', offsets, docs, starts, boilerplate };
}
