import type { FeedReading } from '../../core/watch/watch-model';
import type { FeedAnswer, FeedJob } from '../../workers/feed-worker';
import { workerClient } from '../../worker-client/worker-client';

const feedWorker = workerClient<FeedJob, FeedAnswer>(
  () => new Worker(new URL('../../workers/feed-worker.ts', import.meta.url), { type: 'module' }),
  { stoppedWords: 'The feed reader stopped.' },
);

/** Reads a feed in the feed worker, so a big feed never blocks the page. */
export async function readFeedInWorker(
  bytes: Uint8Array,
  contentType: string,
  url: string,
): Promise<FeedReading> {
  try {
    return (await feedWorker.request({ kind: 'read-feed', bytes, contentType, url })).reading;
  } catch {
    // A worker that dies fails every job in flight in words; the next job starts a new one.
    return { kind: 'failed', reason: 'The feed could not be read: the reader stopped.' };
  }
}
