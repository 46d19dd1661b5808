import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from '../db/database';
import { addSubscriptions } from '../db/watch-store';
import { listVersions } from '../db/versions';
import { articleHtml, WatchSite } from '../../tests/support/watch-site';
import { nodeWatchEnv, TestClock } from '../../tests/support/watch-env';
import { runRound } from './run-round';

const hour = 60 * 60 * 1000;
const para = (n: number): string =>
  `The agency said on Monday that the flood defences would be rebuilt in stage ${n}, according to a statement released to reporters, and officials declined to say how much it would cost the region.`;
const story = (): string[] => [1, 2, 3, 4].map(para);

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
  db = new ArchiveDatabase(`recheck-${crypto.randomUUID()}`);
  await db.open();
  clock = new TestClock();
});
afterEach(async () => {
  await site.close();
  await db.delete();
});

describe('a silent edit caught on a recheck', () => {
  it('keeps the date and byline the feed gave the first version when the page itself has none', async () => {
    site.page('/wire/flood', articleHtml('Flood defences to be rebuilt', story()));
    site.page('/atom.xml', atomFeed(site.base), 'application/atom+xml');
    await addSubscriptions(db, [{ kind: 'feed', url: `${site.base}/atom.xml` }], clock.at);
    const env = nodeWatchEnv(db, clock);
    expect((await runRound(env)).added).toHaveLength(1);

    // The site edits the page; the feed is unchanged (answered 304), so the round has no item.
    const edited = story();
    edited[2] = para(3).replace('declined to say', 'refused to disclose');
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
