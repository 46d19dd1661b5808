import type { FeedReading } from '../../core/watch/watch-model';
import type { FeedAnswer, FeedJob } from '../../workers/feed-worker';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, (reading: FeedReading) => void>();

function feedWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../../workers/feed-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<FeedAnswer>) => {
      waiting.get(event.data.id)?.(event.data.reading);
      waiting.delete(event.data.id);
    };
    // A worker that dies fails every job in flight in words; the next job starts a new one.
    worker.onerror = () => {
      for (const resolve of waiting.values())
        resolve({ kind: 'failed', reason: 'The feed could not be read: the reader stopped.' });
      waiting.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  return worker;
}

/** Reads a feed in the feed worker, so a big feed never blocks the page. */
export function readFeedInWorker(
  bytes: Uint8Array,
  contentType: string,
  url: string,
): Promise<FeedReading> {
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    const job: FeedJob = { id, bytes, contentType, url };
    feedWorker().postMessage(job);
  });
}
