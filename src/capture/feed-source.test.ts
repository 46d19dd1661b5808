import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from '../db/database';
import { addSubscriptions } from '../db/watch-store';
import { articleHtml, rssFeed, WatchSite } from '../../tests/support/watch-site';
import { nodeWatchEnv, TestClock } from '../../tests/support/watch-env';
import { runRound } from './run-round';

// Who printed a feed's article: the page's own site name; else, for a page on the feed's own
// host, the feed's title; else (an aggregator's link to another site) the page's host.
const para = (topic: string, n: number): string =>
  `The council met on Tuesday to discuss ${topic} for the ${n}th time this year, and members of the public filled the gallery to hear what would be decided about the plans that have divided the town.`;
const story = (topic: string): string[] => [1, 2, 3, 4].map((n) => para(topic, n));
const hour = 60 * 60 * 1000;

let site: WatchSite;
let elsewhere: WatchSite;
let db: ArchiveDatabase;
let clock: TestClock;

beforeEach(async () => {
  site = new WatchSite();
  await site.start();
  // Another site: any 127.x address is loopback on Linux.
  elsewhere = new WatchSite();
  await elsewhere.start('127.0.0.2');
  db = new ArchiveDatabase(`feed-source-${crypto.randomUUID()}`);
  await db.open();
  clock = new TestClock();
});
afterEach(async () => {
  await site.close();
  await elsewhere.close();
  await db.delete();
});

const sourcesByTitle = async (): Promise<Record<string, string>> =>
  Object.fromEntries((await db.articles.toArray()).map((a) => [a.title, a.source]));

describe('the source of a feed’s articles', () => {
  it('is the feed’s title for its own pages that name no site, never for another site’s', async () => {
    site.page('/news/parking', articleHtml('Parking', story('parking')));
    site.page(
      '/news/bridge',
      articleHtml('Bridge', story('the bridge')).replace(
        '<head>',
        '<head><meta property="og:site_name" content="Daily Ledger">',
      ),
    );
    elsewhere.page('/story/library', articleHtml('Library', story('the library')));
    const links = [
      `${site.base}/news/parking`,
      `${site.base}/news/bridge`,
      `${elsewhere.base}/story/library`,
    ];
    site.page(
      '/feed.xml',
      rssFeed(
        'The Test Gazette',
        links.map((link, i) => ({ link, title: `Item ${i}`, guid: `g${i}` })),
      ),
      'application/rss+xml',
    );
    await addSubscriptions(db, [{ kind: 'feed', url: `${site.base}/feed.xml` }], clock.at);
    expect((await runRound(nodeWatchEnv(db, clock))).added).toHaveLength(3);
    expect(await sourcesByTitle()).toEqual({
      Parking: 'The Test Gazette',
      Bridge: 'Daily Ledger',
      Library: '127.0.0.2',
    });
  });

  it('stays the feed’s title on a recheck, so the same text is not another printing', async () => {
    site.page('/news/parking', articleHtml('Parking', story('parking')));
    site.page(
      '/feed.xml',
      rssFeed('The Test Gazette', [{ link: `${site.base}/news/parking`, title: 'Parking' }]),
      'application/rss+xml',
    );
    await addSubscriptions(db, [{ kind: 'feed', url: `${site.base}/feed.xml` }], clock.at);
    const env = nodeWatchEnv(db, clock);
    expect((await runRound(env)).added).toHaveLength(1);

    // The page's markup changes but not its text: a recheck finds the same printing.
    site.page(
      '/news/parking',
      articleHtml('Parking', story('parking')).replace('<footer>', '<footer class="new">'),
    );
    clock.advance(hour);
    let round = await runRound(env);
    expect(site.requestsFor('/news/parking').map((r) => r.status)).toEqual([200, 200]);
    expect([round.added.length, round.changed.length]).toEqual([0, 0]);
    expect(await db.articles.count()).toBe(1);

    // Then its text is edited: a new version, still the Gazette's.
    const edited = story('parking');
    edited[1] = para('parking fines', 2);
    site.page('/news/parking', articleHtml('Parking', edited));
    clock.advance(hour);
    round = await runRound(env);
    expect(round.changed).toHaveLength(1);
    expect((await db.articles.toArray()).map((a) => a.source)).toEqual([
      'The Test Gazette',
      'The Test Gazette',
    ]);
  });
});
