/// <reference lib="webworker" />
import { EchoIndex } from '../core/echoes/echo-index';
import { findEchoesWithin } from '../core/echoes/find-echoes-within';
import { findPassageCopies } from '../core/echoes/passage-copies';
import { failedReply, type CancelMessage, type Posted } from '../worker-client/worker-messages';
import type {
  ClusterKeeper,
  ClusterMeta,
  EchoAddDocs,
  EchoAddMetas,
  EchoReply,
  EchoRequest,
  TextReader,
} from './echo-protocol';
import { articleEchoes, strongestEchoes } from './article-echoes';
import { listClusters } from './listed-clusters';
import { reuseShares } from './reuse-shares';
import { statesTimeOfDay, type PrintingWhen } from '../core/sources/first-printers';
import { forget, indexOrSkip, type WorkerHoldings } from './index-or-skip';
import { pairSkips } from './skipped-articles';
import { readIntoIndex } from './read-into-index';

/**
 * Echo scans off the UI thread. The worker keeps the archive's EchoIndex (built from stored
 * fingerprints) between requests, runs them one at a time, and stops one when asked at its next
 * pause, so a cancelled scan does not cost the index.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const holdings: WorkerHoldings = { index: new EchoIndex(), held: new Map(), skipped: new Map() };
const { index, held } = holdings;
const post = (reply: EchoReply): void => scope.postMessage(reply);
const controllers = new Map<number, AbortController>();
let queue: Promise<unknown> = Promise.resolve();
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/**
 * Facts posted for the next clusters scan (EchoAddMetas), and which scan they are for: a scan
 * cancelled while its facts were being posted, or while it indexed, leaves them here, and the
 * next scan's first batch must replace them, not add to them.
 */
let metas: ClusterMeta[] = [];
let metasFor = -1;

/** How this worker reads texts from the archive (set by its entry, ui/data/echo-worker-entry.ts). */
let readTexts: TextReader | undefined;

/** How this worker stores a clusters scan's result (set by its entry too). */
let keepClusters: ClusterKeeper | undefined;

/** Lets the worker read articles from the archive itself (workers do not import the database). */
export function setTextReader(reader: TextReader): void {
  readTexts = reader;
}

/** Lets the worker store a clusters scan's result in the archive itself. */
export function setClusterKeeper(keeper: ClusterKeeper): void {
  keepClusters = keeper;
}

type Answer = Extract<EchoReply, { kind: 'done' | 'kept' }>;

async function handle(request: Posted<EchoRequest>, signal: AbortSignal): Promise<Answer> {
  const { id, settings, job } = request;
  for (const docId of request.remove) forget(holdings, docId);
  const toRead = request.read;
  if (toRead && toRead.ids.length > 0) {
    const reader = readTexts;
    if (!reader) throw new Error('This echo worker cannot read the archive.');
    const total = toRead.ids.length;
    post({ kind: 'progress', id, done: 0, total, phase: 'Reading' });
    await readIntoIndex(
      holdings,
      toRead.ids,
      (ids) => reader(toRead.database, ids),
      (done) => post({ kind: 'progress', id, done, total, phase: 'Reading' }),
      signal,
    );
  }
  for (let i = 0; i < request.add.length; i++) {
    indexOrSkip(holdings, request.add[i]);
    if (i % 200 === 199) {
      post({ kind: 'progress', id, done: i + 1, total: request.add.length, phase: 'Indexing' });
      await pause();
      signal.throwIfAborted();
    }
  }
  signal.throwIfAborted();
  if (job.kind === 'article') {
    const found = articleEchoes(job.doc, job.versionIds, {
      within: (doc) => findEchoesWithin(doc, settings),
      across: (doc) => index.query(doc, undefined, { ...settings, within: false }),
    });
    // An echo with a paper that reprinted two of its paragraphs back to back is two echoes, one
    // of each paragraph's cluster, as the reader numbers them.
    const cut = index.cutAtSeams(job.doc, found, settings);
    return { kind: 'done', id, ...strongestEchoes([...cut]) };
  }
  if (job.kind === 'passage')
    return {
      kind: 'done',
      id,
      ...strongestEchoes(findPassageCopies(index, job.passage, job.versionIds, settings)),
    };
  const posted = metasFor === job.metaScan ? metas : [];
  metas = [];
  metasFor = -1;
  // A worker started after the page posted the facts has none of them: better no result than one
  // without dates and sources. The page's words for a failed request say to scan again.
  if (posted.length !== job.metaCount)
    throw new Error(
      `The scan's article facts did not all arrive (${posted.length} of ${job.metaCount}).`,
    );
  const meta = new Map(posted.map((doc) => [doc.id, doc]));
  const failedPairs: [string, string][] = [];
  const clusters = await index.scanClusters({
    ...settings,
    signal,
    meta: (docId) => meta.get(docId),
    onProgress: (done, total) => post({ kind: 'progress', id, done, total, phase: 'Comparing' }),
    // A pair that fails to align is skipped; the scan finishes for everything else, and says so.
    onPairFailed: (a, b, error) => {
      console.error(`Verso: comparing ${a} with ${b} failed`, error);
      failedPairs.push([a, b]);
    },
  });
  const reuse = reuseShares(
    clusters,
    (docId) => held.get(docId),
    (docId) => meta.get(docId)?.story ?? docId,
    (docId) => printedWhen(docId, meta.get(docId)),
  );
  // Said with the result: the articles of this archive that the scan had to leave out.
  const left = [...holdings.skipped.values()];
  const leftIds = new Set(left.map((s) => s.id));
  const pairs = pairSkips(failedPairs).filter((s) => !leftIds.has(s.id));
  const skipped = [...left, ...pairs].filter((s) => meta.has(s.id));
  signal.throwIfAborted();
  const keeper = keepClusters;
  if (!keeper) throw new Error('This echo worker cannot store a scan.');
  post({ kind: 'progress', id, done: 0, total: 1, phase: 'Saving' });
  // Shares come from every passage; the stored clusters keep each one's first passages and counts.
  await keeper(job.keep, { clusters: listClusters(clusters), reuse, skipped, metas: meta }, signal);
  return { kind: 'kept', id };
}

// An article's date as "who printed it first" weighs it: published, else last changed, else
// imported (as the stored clusters date their copies, to-cluster-records.ts).
function printedWhen(doc: string, m: ClusterMeta | undefined): PrintingWhen {
  const at = m?.publishedAt || m?.modifiedAt || m?.importedAt || Number.NaN;
  const imported = !m?.publishedAt && !m?.modifiedAt;
  return { at, source: m?.source ?? '', doc, timed: statesTimeOfDay(at, imported) };
}

function run(request: Posted<EchoRequest>): Promise<void> {
  const controller = new AbortController();
  controllers.set(request.id, controller);
  return handle(request, controller.signal)
    .then(post, (error: unknown) => post(failedReply(request.id, error)))
    .finally(() => controllers.delete(request.id));
}

type EchoMessage = Posted<EchoRequest> | CancelMessage | EchoAddDocs | EchoAddMetas;

scope.addEventListener('message', (event: MessageEvent<EchoMessage>) => {
  const message = event.data;
  if (message.kind === 'add-docs') {
    // Queued like requests, so a request sent after its batches finds them indexed.
    queue = queue.then(() => {
      if (Array.isArray(message.docs)) for (const doc of message.docs) indexOrSkip(holdings, doc);
    });
    return;
  }
  if (message.kind === 'add-metas') {
    // Queued too: the scan that follows its batches takes them when it starts.
    queue = queue.then(() => {
      if (message.scan !== metasFor) {
        metas = [];
        metasFor = message.scan;
      }
      if (Array.isArray(message.metas)) for (const m of message.metas) metas.push(m);
    });
    return;
  }
  if (message.kind === 'cancel') {
    controllers.get(message.id)?.abort();
    return;
  }
  queue = queue.then(() => run(message));
});
