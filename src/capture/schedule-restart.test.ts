import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from '../db/database';
import {
  addSubscriptions,
  dueSubscriptionRecords,
  listSubscriptions,
  nextDueAt,
} from '../db/watch-store';
import { articleHtml, rssFeed, WatchSite } from '../../tests/support/watch-site';
import { nodeWatchEnv, TestClock } from '../../tests/support/watch-env';
import { runRound } from './run-round';

const hour = 60 * 60 * 1000;
const words = (n: number): string =>
  `The harbour board met on Monday to discuss the ${n}th plan for the quay, and fishermen filled the hall to hear what would be decided about the moorings that have divided the town for years.`;

let site: WatchSite;
let name: string;
let clock: TestClock;

beforeEach(async () => {
  site = new WatchSite();
  await site.start();
  site.page('/news/quay', articleHtml('Quay plan', [1, 2, 3].map(words)));
  site.page(
    '/feed.xml',
    rssFeed('The Harbour News', [
      { link: `${site.base}/news/quay`, title: 'Quay plan', guid: 'quay', date: '' },
    ]),
    'application/rss+xml',
  );
  name = `watch-restart-${crypto.randomUUID()}`;
  clock = new TestClock();
});
afterEach(async () => {
  await site.close();
  await new ArchiveDatabase(name).delete();
});

/** Opens the archive as a fresh start of the app would (a new connection to the same store). */
async function start(): Promise<ArchiveDatabase> {
  const db = new ArchiveDatabase(name);
  await db.open();
  return db;
}

describe('the watch schedule survives a restart (it is stored with each subscription)', () => {
  it('a check that fell due while the app was closed runs at the next start, once', async () => {
    let db = await start();
    await addSubscriptions(db, [{ kind: 'feed', url: `${site.base}/feed.xml` }], clock.at);
    expect((await runRound(nodeWatchEnv(db, clock))).added).toHaveLength(1);
    const checkedAt = clock.at;
    db.close();

    // Restarted half an hour later: nothing is due, and a round fetches nothing.
    clock.advance(hour / 2);
    db = await start();
    expect(await nextDueAt(db)).toBe(checkedAt + hour);
    expect(await dueSubscriptionRecords(db, clock.at)).toEqual([]);
    expect((await runRound(nodeWatchEnv(db, clock))).requests).toBe(0);
    db.close();

    // Closed for five hours: the start catches up with one check (not five), then waits an hour.
    clock.advance(5 * hour);
    db = await start();
    const due = await nextDueAt(db);
    expect(due !== undefined && due <= clock.at).toBe(true);
    site.requests.length = 0;
    const round = await runRound(nodeWatchEnv(db, clock));
    expect(round.checked).toBe(1);
    expect(site.requestsFor('/feed.xml')).toHaveLength(1);
    const [subscription] = await listSubscriptions(db);
    expect(subscription?.nextCheckAt).toBe(clock.at + hour);
    expect(subscription?.lastCheckedAt).toBe(clock.at);
    db.close();
  });
});
