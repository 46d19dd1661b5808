import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from '../db/database';
import { addSubscriptions, listSubscriptions } from '../db/watch-store';
import { articleHtml, rssFeed, WatchSite } from '../../tests/support/watch-site';
import { nodeWatchEnv, TestClock } from '../../tests/support/watch-env';
import { outcomeWords } from '../ui/sources/source-words';
import { runRound } from './run-round';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const para = (n: number, when = 'Monday'): string =>
  `The housing ministry said on ${when} that the ${n}th round of flood repair grants would open to councils next month, and officials promised that no family would be left waiting for help.`;
const release = (when?: string): string[] => [1, 2, 3, 4].map((n) => para(n, when));

let site: WatchSite;
let db: ArchiveDatabase;
let clock: TestClock;

beforeEach(async () => {
  site = new WatchSite();
  await site.start();
  db = new ArchiveDatabase(`watched-page-${crypto.randomUUID()}`);
  await db.open();
  clock = new TestClock();
});
afterEach(async () => {
  await site.close();
  await db.delete();
});

const lastWords = async (): Promise<string> => {
  const [subscription] = await listSubscriptions(db);
  return subscription ? outcomeWords(subscription.lastOutcome) : 'no subscription';
};

describe('a watched page is watched for as long as it is subscribed', () => {
  it('is fetched again after the week a feed item is rechecked, and its edit is a new version', async () => {
    site.page('/press/fund', articleHtml('Flood repair fund', release()));
    await addSubscriptions(db, [{ kind: 'page', url: `${site.base}/press/fund` }], clock.at);
    const env = nodeWatchEnv(db, clock);
    expect((await runRound(env)).added).toHaveLength(1);

    clock.advance(10 * day);
    site.page('/press/fund', articleHtml('Flood repair fund', release('Thursday')));
    const before = site.requestsFor('/press/fund').length;
    const round = await runRound(env);
    expect(site.requestsFor('/press/fund')).toHaveLength(before + 1);
    expect(round.changed).toHaveLength(1);
    expect(await db.articles.count()).toBe(2);
    expect(await lastWords()).toBe('1 changed.');
  });

  it('keeps saying a removed page is gone at later checks, and captures it when it is back', async () => {
    site.page('/press/fund', articleHtml('Flood repair fund', release()));
    await addSubscriptions(db, [{ kind: 'page', url: `${site.base}/press/fund` }], clock.at);
    const env = nodeWatchEnv(db, clock);
    await runRound(env);

    site.remove('/press/fund');
    const gone = /^Nothing is at this address now \(the site answered 404 Not Found\)/;
    clock.advance(hour);
    await runRound(env);
    expect(await lastWords()).toMatch(gone);
    // The back-off doubles the interval after a failure: a day later it is surely due again.
    clock.advance(day);
    expect((await runRound(env)).checked).toBe(1);
    expect(await lastWords()).toMatch(gone);

    site.page('/press/fund', articleHtml('Flood repair fund', release('Friday')));
    clock.advance(2 * day);
    const back = await runRound(env);
    expect(back.changed).toHaveLength(1);
    expect(await lastWords()).toBe('1 changed.');
    expect(await db.articles.count()).toBe(2);
  });
});

describe('a feed added as a page', () => {
  it('is said to be a feed, to be added again as one, whatever type the site serves it as', async () => {
    const feed = rssFeed('Tideway Times', [
      { link: `${site.base}/press/fund`, title: 'Flood repair fund', guid: 'fund', date: '' },
    ]);
    site.page('/feeds/news.rss', feed, 'application/rss+xml');
    site.page('/feeds/news.xml', feed, 'text/xml');
    await addSubscriptions(
      db,
      ['/feeds/news.rss', '/feeds/news.xml'].map((path) => ({
        kind: 'page' as const,
        url: `${site.base}${path}`,
      })),
      clock.at,
    );
    await runRound(nodeWatchEnv(db, clock));
    // Before: "Verso imports .txt, .md and .html files, not application/rss+xml."
    const said = (await listSubscriptions(db)).map((s) => outcomeWords(s.lastOutcome));
    expect(said).toEqual([
      expect.stringMatching(
        /^This address is a feed, not a page: stop watching it, then add it again as a feed/,
      ),
      expect.stringMatching(/^This address is a feed, not a page/),
    ]);
    expect(await db.articles.count()).toBe(0);
  });

  it('a page that is no feed keeps the import’s own reason', async () => {
    site.page('/press/photo.png', 'not an article', 'image/png');
    await addSubscriptions(db, [{ kind: 'page', url: `${site.base}/press/photo.png` }], clock.at);
    await runRound(nodeWatchEnv(db, clock));
    expect(await lastWords()).not.toMatch(/is a feed/);
    expect(await lastWords()).toMatch(/image\/png|not an article|\.png/i);
  });
});
