import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from '../db/database';
import { addSubscriptions } from '../db/watch-store';
import { importItems } from '../import/import-items';
import { articleHtml, rssFeed, WatchSite } from '../../tests/support/watch-site';
import { nodeWatchEnv, TestClock } from '../../tests/support/watch-env';
import { nodeDom } from '../../tests/support/node-dom';
import { fetchPage } from '../../electron/main/fetch-page';
import { runRound } from './run-round';

// A paper on 127.0.0.1 and a link shortener on 127.0.0.2 that redirects to it.
const para = (n: number): string =>
  `The harbour board met on Tuesday evening to agree the mooring fees for the ${n}th season running, and the fishermen who filled the gallery said the rise would drive boats to other ports along the coast.`;

let paper: WatchSite;
let shortener: WatchSite;
let db: ArchiveDatabase;
let clock: TestClock;
beforeEach(async () => {
  paper = new WatchSite();
  await paper.start();
  shortener = new WatchSite();
  await shortener.start('127.0.0.2');
  db = new ArchiveDatabase(`feed-archived-${crypto.randomUUID()}`);
  await db.open();
  clock = new TestClock();
});
afterEach(async () => {
  await paper.close();
  await shortener.close();
  await db.delete();
});

const paste = (url: string) =>
  importItems(db, [{ kind: 'url', url }], {
    ...nodeDom,
    fetchUrl: (u) => fetchPage((a, init) => fetch(a, init), u),
  });

function serveFeed(link: string): void {
  const item = { link, title: 'Harbour fees rise', guid: 'guid-1', author: '', date: '' };
  paper.page('/feed.xml', rssFeed('The Test Gazette', [item]), 'application/rss+xml');
}

async function subscribeAndRun() {
  await addSubscriptions(db, [{ kind: 'feed', url: `${paper.base}/feed.xml` }], clock.at);
  return runRound(nodeWatchEnv(db, clock));
}

describe('a feed item whose page is archived already', () => {
  it('is that article when its text is the same, whichever address archived it', async () => {
    paper.page('/news/harbour-fees', articleHtml('Harbour fees rise', [1, 2, 3].map(para)));
    shortener.set('/h1', { kind: 'redirect', to: `${paper.base}/news/harbour-fees` });
    const [pasted] = await paste(`${shortener.base}/h1`);
    expect(pasted).toMatchObject({ kind: 'added' });
    // Pasted again by the page's own address: already archived. The feed must say the same.
    expect((await paste(`${paper.base}/news/harbour-fees`))[0]?.kind).toBe('already-archived');
    serveFeed(`${paper.base}/news/harbour-fees`);
    const round = await subscribeAndRun();
    expect(round).toMatchObject({ added: [], changed: [] });
    expect(await db.articles.count()).toBe(1);
  });

  it('is a new version of it when its text changed, as a pasted address would be', async () => {
    paper.page('/news/harbour-fees', articleHtml('Harbour fees rise', [1, 2, 3].map(para)));
    const [pasted] = await paste(`${paper.base}/news/harbour-fees`);
    paper.page('/news/harbour-fees', articleHtml('Harbour fees rise', [1, 2, 4].map(para)));
    shortener.set('/h1', { kind: 'redirect', to: `${paper.base}/news/harbour-fees` });
    serveFeed(`${shortener.base}/h1`);
    const round = await subscribeAndRun();
    expect(round.added).toEqual([]);
    expect(round.changed).toHaveLength(1);
    const articles = await db.articles.toArray();
    expect(articles).toHaveLength(2);
    const first = await db.articles.get(pasted && 'articleId' in pasted ? pasted.articleId : '');
    expect(articles.map((a) => a.storyId)).toEqual([first?.storyId, first?.storyId]);
    // Filed under the archived article's source, not the feed's title: one printing, two versions.
    expect(articles.map((a) => a.source)).toEqual([first?.source, first?.source]);
  });
});
