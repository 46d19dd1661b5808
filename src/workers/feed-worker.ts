/// <reference lib="webworker" />
import { readFeed } from '../core/watch/feed-reading';
import { feedText } from '../core/watch/feed-text';
import type { FeedReading } from '../core/watch/watch-model';
import type { Posted } from '../worker-client/worker-messages';

/** A feed to read: its bytes as fetched, the Content-Type, the address (for relative links). */
export interface FeedJob {
  readonly kind: 'read-feed';
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly url: string;
}

/** The answer to one job. */
export interface FeedAnswer {
  readonly kind: 'feed-read';
  readonly id: number;
  readonly reading: FeedReading;
}

/** Decodes and reads one feed; never throws (a parser crash is a reading that failed, in words). */
export function readFeedJob(job: Omit<FeedJob, 'kind'>): FeedReading {
  try {
    const text = feedText(job.bytes, job.contentType);
    return text.kind === 'failed' ? text : readFeed(text.text, job.url);
  } catch {
    return { kind: 'failed', reason: 'The feed could not be read: it is malformed.' };
  }
}

// Feeds can be megabytes of XML: decoding and parsing them here keeps the page responsive.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  self.onmessage = (event: MessageEvent<Posted<FeedJob>>) => {
    const { id, ...job } = event.data;
    const answer: FeedAnswer = { kind: 'feed-read', id, reading: readFeedJob(job) };
    self.postMessage(answer);
  };
}
