import { indexOrSkip, type WorkerHoldings } from './index-or-skip';

/** Articles read from the archive per batch: one bulk read's texts, then their fingerprints. */
export const READ_BATCH = 200;

/**
 * Reads these articles' texts a batch at a time and adds each to the worker's index (or records
 * why it was left out). The next batch is asked for before this one is fingerprinted, so the
 * database reads while the worker works. An article missing from the archive (deleted since its
 * id was sent) is left out silently. `onBatch` hears how many ids are done after each batch.
 */
export async function readIntoIndex(
  holdings: WorkerHoldings,
  ids: readonly string[],
  read: (ids: readonly string[]) => Promise<Map<string, string>>,
  onBatch: (done: number) => void,
  signal: AbortSignal,
): Promise<void> {
  const batchAt = (start: number) => read(ids.slice(start, start + READ_BATCH));
  let next = ids.length > 0 ? batchAt(0) : undefined;
  for (let start = 0; next; start += READ_BATCH) {
    const texts = await next;
    signal.throwIfAborted();
    const following = start + READ_BATCH;
    next = following < ids.length ? batchAt(following) : undefined;
    // Keeps the read ahead from failing unheard when this batch stops the scan.
    next?.catch(() => undefined);
    for (const [id, text] of texts) indexOrSkip(holdings, { id, text });
    onBatch(Math.min(ids.length, following));
  }
}
