import { feedText } from '../../src/core/watch/feed-text';
import { readFeed } from '../../src/core/watch/feed-reading';
import type { ArchiveDatabase } from '../../src/db/database';
import type { WatchEnv, WatchLimits } from '../../src/capture/watch-env';
import { nodeDom } from './node-dom';
import { nodeWatchFetcher } from './node-watch-fetcher';

/** A clock tests move by hand. */
export class TestClock {
  constructor(public at = Date.UTC(2026, 10, 30, 6)) {}
  readonly now = (): number => this.at;
  advance(ms: number): void {
    this.at += ms;
  }
}

/** Reads a feed in-process (the app does the same in a worker). */
export async function readFeedInProcess(bytes: Uint8Array, contentType: string, url: string) {
  const text = feedText(bytes, contentType);
  return text.kind === 'failed' ? text : readFeed(text.text, url);
}

/** A capture environment for Node: Node's fetch through the shared watch fetcher, linkedom, no politeness wait. */
export function nodeWatchEnv(
  db: ArchiveDatabase,
  clock: TestClock,
  limits: Partial<WatchLimits> = {},
): WatchEnv {
  return {
    db,
    fetch: nodeWatchFetcher,
    readFeed: readFeedInProcess,
    importOptions: nodeDom,
    limits: { perHostDelayMs: 0, ...limits },
    now: clock.now,
    sleep: async () => undefined,
  };
}
