import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { importItems } from './import-items';
import { nodeDom } from '../../tests/support/node-dom';
import { articleHtml, WatchSite } from '../../tests/support/watch-site';
import { fetchInBrowser } from '../host/fetch-in-browser';
import { fetchPage } from '../../electron/main/fetch-page';
import type { FetchedPage, ImportOptions } from './import-types';
import { checkBackup } from './check-backup';
import type { ArticleRecord } from '../db/records';

// A paper on 127.0.0.1 and a link shortener on 127.0.0.2 (any 127.x address is loopback on
// Linux) that redirects to it: the article fetched through either address is one article.
const para = (n: number): string =>
  `The harbour board met on Tuesday evening to agree the mooring fees for the ${n}th season running, and the fishermen who filled the gallery said the rise would drive boats to other ports along the coast.`;

let paper: WatchSite;
let shortener: WatchSite;
let db: ArchiveDatabase;
beforeEach(async () => {
  paper = new WatchSite();
  await paper.start();
  shortener = new WatchSite();
  await shortener.start('127.0.0.2');
  db = await openArchive(`redirected-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await paper.close();
  await shortener.close();
  await db.delete();
});

// The two hosts' fetchers: the web host's (the page's fetch) and Electron main's (net.fetch).
const fetchers: Record<string, (url: string) => Promise<FetchedPage>> = {
  web: (url) => fetchInBrowser(url),
  electron: (url) => fetchPage((u, init) => fetch(u, init), url),
};

describe.each(Object.keys(fetchers))('a URL import that is redirected (%s host)', (host) => {
  const options = (): ImportOptions => ({ ...nodeDom, fetchUrl: fetchers[host] });
  const url = (path: string) => ({ kind: 'url' as const, url: `${paper.base}${path}` });
  const short = (path: string) => ({ kind: 'url' as const, url: `${shortener.base}${path}` });

  it('keeps the asked and the final address, and knows the article by either', async () => {
    paper.page('/news/harbour-fees', articleHtml('Harbour fees rise', [1, 2, 3].map(para)));
    shortener.set('/h1', { kind: 'redirect', to: `${paper.base}/news/harbour-fees` });
    const [first] = await importItems(db, [short('/h1')], options());
    expect(first).toMatchObject({ kind: 'added' });
    const [article] = await db.articles.toArray();
    expect(article?.origin).toEqual({
      kind: 'url',
      format: 'html',
      url: `${shortener.base}/h1`,
      finalUrl: `${paper.base}/news/harbour-fees`,
    });
    expect(article?.url).toBe(`${paper.base}/news/harbour-fees`);
    // Its source is the paper's host, not the shortener's.
    expect(article?.source).toBe('127.0.0.1');
    // Asked again by its own address, or by the short one: already archived, that article.
    const again = await importItems(db, [url('/news/harbour-fees'), short('/h1')], options());
    expect(again.map((r) => [r.kind, 'articleId' in r ? r.articleId : ''])).toEqual([
      ['already-archived', article?.id],
      ['already-archived', article?.id],
    ]);
    // A backup keeps both addresses.
    const row = JSON.parse(JSON.stringify(article)) as ArticleRecord;
    const checked = checkBackup(
      {
        format: 'verso-archive',
        formatVersion: 4,
        exportedAt: '',
        articles: [row],
        stories: [],
        tags: [],
      },
      { window: nodeDom.sanitiseWindow },
    );
    expect(checked.kind === 'ok' ? checked.backup.articles[0]?.origin : checked).toEqual(
      article?.origin,
    );
  });

  it('keeps two articles sent to one sign-in page two stories, not versions of one', async () => {
    // The paper sends every article it will not show to its sign-in page, with the article's
    // teaser: two short links end at one address, each with its own text.
    shortener.set('/a1', { kind: 'redirect', to: `${paper.base}/account/login` });
    shortener.set('/b1', { kind: 'redirect', to: `${paper.base}/account/login` });
    const wall = (title: string, n: number) =>
      articleHtml(title, [para(n), 'Sign in to read the rest of this article.']);
    paper.page('/account/login', wall('Harbour fees rise', 1));
    const [first] = await importItems(db, [short('/a1')], options());
    paper.page('/account/login', wall('Rail fares frozen', 2));
    const [second] = await importItems(db, [short('/b1')], options());
    expect([first?.kind, second?.kind]).toEqual(['added', 'added']);
    const articles = await db.articles.toArray();
    expect(articles.map((a) => a.url)).toEqual([
      `${paper.base}/account/login`,
      `${paper.base}/account/login`,
    ]);
    expect(new Set(articles.map((a) => a.storyId)).size).toBe(2);
  });

  it('gives a text page the address it was read from: its source, and its later versions', async () => {
    const text = (n: number) => `Harbour fees rise\n\n${[1, 2, n].map(para).join('\n\n')}\n`;
    paper.page('/notes/fees.txt', text(3), 'text/plain; charset=utf-8');
    shortener.set('/t1', { kind: 'redirect', to: `${paper.base}/notes/fees.txt` });
    const [first] = await importItems(db, [short('/t1')], options());
    expect(first).toMatchObject({ kind: 'added' });
    const [article] = await db.articles.toArray();
    expect(article).toMatchObject({ url: `${paper.base}/notes/fees.txt`, source: '127.0.0.1' });
    // The page edited, then fetched again by its own address: a new version of that story.
    paper.page('/notes/fees.txt', text(4), 'text/plain; charset=utf-8');
    const [edited] = await importItems(db, [url('/notes/fees.txt')], options());
    expect(edited).toMatchObject({ kind: 'new-version', storyId: article?.storyId });
  });
});
