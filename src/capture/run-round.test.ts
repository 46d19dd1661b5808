import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from '../db/database';
import { addSubscriptions, listSubscriptions, watchMarksFor } from '../db/watch-store';
import { listVersions } from '../db/versions';
import { alignParagraphs } from '../core/versions/align-paragraphs';
import { articleHtml, rssFeed, WatchSite } from '../../tests/support/watch-site';
import { nodeWatchEnv, TestClock } from '../../tests/support/watch-env';
import { runRound } from './run-round';

const hour = 60 * 60 * 1000;
const para = (topic: string, n: number): string =>
  `The council met on Tuesday to discuss ${topic} for the ${n}th time this year, and members of the public filled the gallery to hear what would be decided about the plans that have divided the town.`;
const story = (topic: string): string[] => [1, 2, 3, 4].map((n) => para(topic, n));

// A wire page without metadata of its own: the feed's entry gives its author and date.
const wirePara = (n: number): string =>
  `The agency said on Monday that the flood defences would be rebuilt in stage ${n}, according to a statement released to reporters, and officials declined to say how much it would cost the region.`;
const wireStory = (): string[] => [1, 2, 3, 4].map(wirePara);

// An Atom feed: its entries' authors and dates are all a wire page without metadata has.
const atomFeed = (base: string): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire Desk</title><id>urn:wire</id>
<updated>2026-03-01T08:00:00Z</updated>
<entry><title>Flood defences to be rebuilt</title><id>urn:flood</id>
<link href="${base}/wire/flood"/><updated>2026-03-01T08:00:00Z</updated>
<author><name>Wire Desk Reporter</name></author></entry></feed>`;

let site: WatchSite;
let db: ArchiveDatabase;
let clock: TestClock;

beforeEach(async () => {
  site = new WatchSite();
  await site.start();
  db = new ArchiveDatabase(`watch-${crypto.randomUUID()}`);
  await db.open();
  clock = new TestClock();
});
afterEach(async () => {
  await site.close();
  await db.delete();
});

function serveFeed(items: readonly string[]): void {
  site.page(
    '/feed.xml',
    rssFeed(
      'The Test Gazette',
      items.map((slug) => ({
        link: `${site.base}/news/${slug}`,
        title: `Feed title for ${slug}`,
        guid: `guid-${slug}`,
        author: 'Feed Author',
        date: 'Mon, 30 Nov 2026 05:00:00 GMT',
      })),
    ),
    'application/rss+xml',
  );
}

describe('a capture round against a local site that changes between checks', () => {
  it('imports new items once, honours ETags, makes an edit version 2 with the right diff, survives a removed page', async () => {
    site.page('/news/bridge', articleHtml('Bridge repairs approved', story('bridge repairs')));
    site.page('/news/school', articleHtml('School meals plan', story('school meals')));
    serveFeed(['bridge', 'school']);
    const [subscription] = (
      await addSubscriptions(db, [{ kind: 'feed', url: `${site.base}/feed.xml` }], clock.at)
    ).added;
    const env = nodeWatchEnv(db, clock);

    const first = await runRound(env);
    expect(first.added.map((a) => a.title).sort()).toEqual([
      'Feed title for bridge',
      'Feed title for school',
    ]);
    expect(await db.articles.count()).toBe(2);
    const bridge = await db.articles.where('url').equals(`${site.base}/news/bridge`).first();
    expect(bridge?.title).toBe('Bridge repairs approved');
    // The feed's author and date fill what the page does not say.
    expect(bridge?.byline).toBe('Feed Author');
    expect(bridge?.publishedAt).toBe(Date.UTC(2026, 10, 30, 5));
    expect([...(await watchMarksFor(db, [bridge?.id ?? ''])).values()]).toEqual(['new']);
    const [afterFirst] = await listSubscriptions(db);
    expect(afterFirst?.title).toBe('The Test Gazette');
    expect(afterFirst?.lastOutcome).toMatchObject({ kind: 'ok', newCount: 2, changedCount: 0 });
    expect(afterFirst?.nextCheckAt).toBe(clock.at + hour);

    // Not due yet: a round before the interval fetches nothing.
    clock.advance(hour / 2);
    expect((await runRound(env)).requests).toBe(0);

    // Due, nothing changed: every request is conditional and answered 304 (no body downloaded).
    clock.advance(hour);
    const quiet = await runRound(env);
    expect(quiet).toMatchObject({ requests: 3, notModified: 3, added: [], changed: [] });
    for (const path of ['/feed.xml', '/news/bridge', '/news/school'])
      expect(site.requestsFor(path).at(-1)).toMatchObject({
        conditional: true,
        status: 304,
        bytes: 0,
      });
    expect(await db.articles.count()).toBe(2);

    // An item added, a paragraph edited, a headline changed.
    const edited = story('bridge repairs');
    edited[2] = para('bridge repairs', 3).replace(
      'filled the gallery',
      'packed the public gallery',
    );
    site.page('/news/bridge', articleHtml('Bridge repairs approved', edited));
    site.page('/news/school', articleHtml('School meals plan scrapped', story('school meals')));
    site.page('/news/library', articleHtml('Library hours extended', story('library hours')));
    serveFeed(['library', 'bridge', 'school']);
    clock.advance(hour);
    const busy = await runRound(env);
    expect(busy.added.map((a) => a.title)).toEqual(['Feed title for library']);
    expect(busy.changed).toHaveLength(2);
    expect(await db.articles.count()).toBe(5);

    const bridgeVersions = await listVersions(db, bridge?.storyId ?? '');
    expect(bridgeVersions).toHaveLength(2);
    const [v1, v2] = bridgeVersions;
    const rows = alignParagraphs(v1?.text ?? '', v2?.text ?? '').rows;
    expect(rows.filter((r) => r.kind !== 'same')).toEqual([
      expect.objectContaining({ kind: 'changed', a: 2, b: 2 }),
    ]);
    const paragraph = (text: string, n: number): string =>
      text.split(/\n+/).filter((p) => p.trim())[n] ?? '';
    expect(paragraph(v1?.text ?? '', 2)).toContain('filled the gallery');
    expect(paragraph(v2?.text ?? '', 2)).toContain('packed the public gallery');
    expect([...(await watchMarksFor(db, [v2?.id ?? ''])).values()]).toEqual(['changed']);
    const school = await db.articles.where('url').equals(`${site.base}/news/school`).toArray();
    expect(school.map((a) => a.title).sort()).toEqual([
      'School meals plan',
      'School meals plan scrapped',
    ]);
    expect(new Set(school.map((a) => a.storyId)).size).toBe(1);

    // The bridge page is taken down; a forced check ("check now") says so and keeps every version.
    site.remove('/news/bridge');
    clock.advance(10 * 60 * 1000);
    const removed = await runRound(env, { only: [subscription?.id ?? ''] });
    expect(removed.added).toEqual([]);
    expect(await db.articles.count()).toBe(5);
    const [afterRemoval] = await listSubscriptions(db);
    expect(afterRemoval?.lastOutcome.kind).toBe('ok');
    expect(afterRemoval?.lastOutcome.kind === 'ok' && afterRemoval.lastOutcome.notes).toEqual([
      expect.stringMatching(
        /news\/bridge: Nothing is at this address now \(the site answered 404 Not Found\)\. The archived copy is kept\./,
      ),
    ]);
    // A gone page is not fetched again; the library item still appears in the feed and is not re-imported.
    const bridgeRequests = site.requestsFor('/news/bridge').length;
    clock.advance(2 * hour);
    await runRound(env);
    expect(site.requestsFor('/news/bridge')).toHaveLength(bridgeRequests);
    expect(await db.articles.count()).toBe(5);
    expect((await listSubscriptions(db))[0]?.totalNew).toBe(3);
    expect((await listSubscriptions(db))[0]?.totalChanged).toBe(2);
  });

  it('captures a watched page over time: first copy, an edit as version 2, a removal said in words', async () => {
    site.page('/front', articleHtml('Front page', story('front page news')));
    await addSubscriptions(db, [{ kind: 'page', url: `${site.base}/front` }], clock.at);
    const env = nodeWatchEnv(db, clock);
    expect((await runRound(env)).added).toHaveLength(1);
    clock.advance(hour);
    expect(await runRound(env)).toMatchObject({ requests: 1, notModified: 1, changed: [] });
    const edited = story('front page news');
    edited[0] = para('front page news', 1).replace('Tuesday', 'Wednesday');
    site.page('/front', articleHtml('Front page', edited));
    clock.advance(hour);
    expect((await runRound(env)).changed).toHaveLength(1);
    expect(await db.articles.count()).toBe(2);
    site.remove('/front');
    clock.advance(hour);
    const gone = await runRound(env);
    expect(gone.failures).toEqual([
      expect.objectContaining({
        reason: 'Nothing is at this address now (the site answered 404 Not Found).',
      }),
    ]);
    expect(await db.articles.count()).toBe(2);
  });
});

describe('a silent edit caught on a recheck', () => {
  it('keeps the date and byline the feed gave the first version when the page itself has none', async () => {
    site.page('/wire/flood', articleHtml('Flood defences to be rebuilt', wireStory()));
    site.page('/atom.xml', atomFeed(site.base), 'application/atom+xml');
    await addSubscriptions(db, [{ kind: 'feed', url: `${site.base}/atom.xml` }], clock.at);
    const env = nodeWatchEnv(db, clock);
    expect((await runRound(env)).added).toHaveLength(1);

    // The site edits the page; the feed is unchanged (answered 304), so the round has no item.
    const edited = wireStory();
    edited[2] = wirePara(3).replace('declined to say', 'refused to disclose');
    site.page('/wire/flood', articleHtml('Flood defences to be rebuilt', edited));
    clock.advance(hour);
    const round = await runRound(env);
    expect(round.changed).toHaveLength(1);
    expect(site.requestsFor('/atom.xml').at(-1)?.status).toBe(304);

    const first = await db.articles.toCollection().first();
    const versions = await listVersions(db, first?.storyId ?? '');
    expect(versions).toHaveLength(2);
    expect(versions.map((v) => v.publishedAt)).toEqual([
      Date.UTC(2026, 2, 1, 8),
      Date.UTC(2026, 2, 1, 8),
    ]);
    expect(versions.map((v) => v.byline)).toEqual(['Wire Desk Reporter', 'Wire Desk Reporter']);
  });
});
