import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from '../db/database';
import { addSubscriptions, listSubscriptions } from '../db/watch-store';
import type { SubscriptionRecord } from '../db/watch-records';
import { articleHtml, rssFeed, WatchSite } from '../../tests/support/watch-site';
import { nodeWatchEnv, TestClock } from '../../tests/support/watch-env';
import { runRound } from './run-round';

const hour = 60 * 60 * 1000;
const words = (topic: string): string[] =>
  [1, 2, 3].map(
    (n) =>
      `Residents gathered in the square for the ${n}th meeting about ${topic}, where the mayor answered questions for more than an hour and promised a written reply to every letter received.`,
  );

let site: WatchSite;
let db: ArchiveDatabase;
const clock = new TestClock();

beforeEach(async () => {
  site = new WatchSite();
  await site.start();
  db = new ArchiveDatabase(`watch-bad-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await site.close();
  await db.delete();
});

const outcomeOf = (subs: SubscriptionRecord[], path: string) =>
  subs.find((s) => s.url.endsWith(path))?.lastOutcome;

describe('bad feeds: a message per subscription, nothing archived lost, the schedule goes on', () => {
  it('names each problem in words and keeps importing the good feed', async () => {
    site.page(
      '/good.xml',
      rssFeed('Good', [{ link: `${site.base}/a/1`, title: 'One' }]),
      'application/rss+xml',
    );
    site.page('/a/1', articleHtml('Article one', words('parking')));
    site.page('/not-a-feed', articleHtml('Just a page', words('nothing')));
    site.page('/garbage.json', '{"this": "is json but no feed"', 'application/json');
    site.set('/loop-a', { kind: 'redirect', to: '/loop-b' });
    site.set('/loop-b', { kind: 'redirect', to: '/loop-a' });
    site.set('/broken', { kind: 'status', status: 500 });
    // 50 MB of feed: read as a stream and stopped at the cap, never parsed.
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    site.set('/big.xml', { kind: 'content', body: big, type: 'application/rss+xml' });
    site.page(
      '/odd.xml',
      rssFeed('Odd', [
        { title: 'No link at all' },
        { link: `${site.base}/a/2`, title: 'Two', guid: 'same' },
        { link: `${site.base}/a/3`, title: 'Three', guid: 'same' },
      ]),
      'application/rss+xml',
    );
    site.page('/a/2', articleHtml('Article two', words('buses')));
    const paths = [
      '/good.xml',
      '/not-a-feed',
      '/garbage.json',
      '/missing.xml',
      '/loop-a',
      '/broken',
      '/big.xml',
      '/odd.xml',
    ];
    await addSubscriptions(
      db,
      paths.map((p) => ({ kind: 'feed', url: `${site.base}${p}` })),
      clock.at,
    );

    const report = await runRound(nodeWatchEnv(db, clock));
    expect(report.checked).toBe(8);
    const subs = await listSubscriptions(db);
    expect(outcomeOf(subs, '/good.xml')).toMatchObject({ kind: 'ok', newCount: 1 });
    expect(outcomeOf(subs, '/not-a-feed')).toEqual({
      kind: 'failed',
      reason:
        'This address gives a web page, not a feed: watch it as a page, or find its RSS or Atom link.',
      blocked: false,
    });
    expect(outcomeOf(subs, '/garbage.json')).toMatchObject({
      reason: 'This is not a feed Verso can read (RSS, Atom, RDF or JSON Feed).',
    });
    expect(outcomeOf(subs, '/missing.xml')).toMatchObject({
      reason: 'Nothing is at this address now (the site answered 404 Not Found).',
    });
    expect(outcomeOf(subs, '/loop-a')).toMatchObject({
      reason: 'The address redirects in a loop.',
    });
    expect(outcomeOf(subs, '/broken')).toMatchObject({
      reason: 'The site answered 500 Internal Server Error.',
    });
    expect(outcomeOf(subs, '/big.xml')).toMatchObject({
      reason: 'It is larger than 10 MB, so it was not downloaded.',
    });
    expect(outcomeOf(subs, '/odd.xml')).toEqual({
      kind: 'ok',
      newCount: 1,
      changedCount: 0,
      unchangedCount: 0,
      notes: [
        '1 item has no link to an article and was skipped.',
        "1 item repeats another's ID and was kept once.",
      ],
    });
    expect(await db.articles.count()).toBe(2);

    // Failures back off (doubling) but stay scheduled; successes wait the interval.
    const missing = subs.find((s) => s.url.endsWith('/missing.xml'));
    expect(missing).toMatchObject({ failures: 1, nextCheckAt: clock.at + hour });
    clock.advance(hour);
    await runRound(nodeWatchEnv(db, clock));
    const again = (await listSubscriptions(db)).find((s) => s.url.endsWith('/missing.xml'));
    expect(again).toMatchObject({ failures: 2, nextCheckAt: clock.at + 2 * hour });
    expect(await db.articles.count()).toBe(2);
  });

  it('reads a feed of 10,000 items and imports at most the per-round cap, the rest next round', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      link: `${site.base}/n/${i}`,
      title: `Item ${i}`,
      guid: `g${i}`,
    }));
    site.page('/huge.xml', rssFeed('Huge', items), 'application/rss+xml');
    for (let i = 0; i < 6; i++)
      site.page(`/n/${i}`, articleHtml(`Story ${i}`, words(`topic ${i}`)));
    await addSubscriptions(db, [{ kind: 'feed', url: `${site.base}/huge.xml` }], clock.at);
    const env = nodeWatchEnv(db, clock, { newItemsPerSubscription: 3 });
    const first = await runRound(env);
    expect(first.added).toHaveLength(3);
    const [sub] = await listSubscriptions(db);
    expect(sub?.lastOutcome).toMatchObject({
      kind: 'ok',
      newCount: 3,
      notes: ['9997 more new items wait for the next round.'],
    });
    clock.advance(hour);
    const second = await runRound(env);
    expect(second.added.map((a) => a.title)).toEqual(['Item 3', 'Item 4', 'Item 5']);
    expect(await db.articles.count()).toBe(6);
  });
});
