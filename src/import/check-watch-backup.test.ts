import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { exportArchive, restoreArchive, type ArchiveBackup } from '../db/backup/backup';
import { restoreArticles } from '../db/articles';
import { addSubscriptions, listSubscriptions } from '../db/watch-store';
import { makeArticle } from '../../tests/support/test-articles';
import { nodeDom } from '../../tests/support/node-dom';
import { checkBackup } from './check-backup';
import { checkWatchBackup } from './check-watch-backup';

const check = (backup: ArchiveBackup) => checkBackup(backup, { window: nodeDom.sanitiseWindow });
const hour = 3_600_000;
const now = Date.UTC(2026, 10, 30, 9);

const source = (fields: Record<string, unknown> = {}) => ({
  id: 's1',
  kind: 'feed',
  url: 'https://news.example/feed.xml',
  title: 'News',
  addedAt: now - 10 * hour,
  intervalMs: hour,
  recheckDays: 7,
  nextCheckAt: now + hour,
  lastCheckedAt: now,
  failures: 3,
  validators: { etag: '"abc"', lastModified: '' },
  lastOutcome: { kind: 'failed', reason: 'x', blocked: false },
  totalNew: 4,
  totalChanged: 1,
  ...fields,
});

describe("checkWatchBackup: a backup's sources are hostile input", () => {
  it('keeps a good source with its schedule, and drops what the capture learnt', () => {
    const checked = checkWatchBackup([source()], [], now);
    expect(checked).toEqual({
      subscriptions: [
        {
          ...source(),
          failures: 0,
          validators: { etag: '', lastModified: '' },
          lastOutcome: { kind: 'never' },
        },
      ],
      watchedPages: [],
    });
  });

  it.each([
    [
      'a javascript: address',
      { url: 'javascript:alert(1)' },
      'has an address that is not a web address',
    ],
    ['a file: address', { url: 'file:///etc/passwd' }, 'has an address that is not a web address'],
    ['no address', { url: '' }, 'has an address that is not a web address'],
    ['no id', { id: '  ' }, 'has no id'],
    ['an unknown kind', { kind: 'script' }, 'is neither a feed nor a page'],
    ['an interval of one second', { intervalMs: 1000 }, 'has an interval between checks outside'],
    ['an interval of a year', { intervalMs: 365 * 24 * hour }, 'has an interval between checks'],
    ['an interval that is not a number', { intervalMs: '3600000' }, 'has an interval between'],
    ['NaN recheck days', { recheckDays: Number.NaN }, 'has a recheck span'],
  ])('refuses the whole file for a source with %s', (_label, fields, reason) => {
    const checked = checkWatchBackup(
      [source(), source({ id: 's2', url: 'https://b.example/', ...fields })],
      [],
      now,
    );
    expect(checked).toMatch(`Source 2 in the backup ${reason}`);
    expect(checked).toMatch(/nothing was restored\.$/);
  });

  it('keeps the first of a repeated id or address; a wild date falls back to now', () => {
    const checked = checkWatchBackup(
      [
        source(),
        source({ title: 'again' }),
        source({ id: 's2', title: 'same address' }),
        source({
          id: 's3',
          url: 'http://c.example/page',
          kind: 'page',
          nextCheckAt: 1e20,
          title: '',
        }),
      ],
      [],
      now,
    );
    if (typeof checked === 'string') throw new Error(checked);
    expect(checked.subscriptions.map((s) => [s.id, s.title, s.nextCheckAt])).toEqual([
      ['s1', 'News', now + hour],
      ['s3', 'http://c.example/page', now],
    ]);
  });

  it('keeps watched pages of its own sources with web addresses only, validators dropped', () => {
    const page = (fields: Record<string, unknown>) => ({
      url: 'https://news.example/a',
      subscriptionId: 's1',
      itemKey: 'guid-a',
      firstSeenAt: now - hour,
      lastCheckedAt: now,
      validators: { etag: '"v"', lastModified: '' },
      articleId: 'a1',
      gone: false,
      failures: 2,
      lastProblem: 'x',
      ...fields,
    });
    const checked = checkWatchBackup(
      [source()],
      [
        page({}),
        page({ url: 'javascript:alert(1)' }),
        page({ url: 'https://news.example/b', subscriptionId: 'elsewhere' }),
        page({ url: 'https://news.example/a', itemKey: 'repeat' }),
      ],
      now,
    );
    if (typeof checked === 'string') throw new Error(checked);
    expect(checked.watchedPages).toEqual([
      { ...page({}), validators: { etag: '', lastModified: '' }, failures: 0, lastProblem: '' },
    ]);
  });
});

describe('backup format 3: sources travel with the archive', () => {
  let from: ArchiveDatabase;
  let to: ArchiveDatabase;
  beforeEach(async () => {
    from = await openArchive(`watch-backup-src-${crypto.randomUUID()}`);
    to = await openArchive(`watch-backup-dst-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await from.delete();
    await to.delete();
  });

  it('exports sources and watched pages, and restores them with their next checks', async () => {
    await restoreArticles(from, [makeArticle(1)]);
    const { added } = await addSubscriptions(
      from,
      [
        { kind: 'feed', url: 'https://news.example/feed.xml', intervalMs: 6 * hour },
        { kind: 'page', url: 'https://news.example/front' },
      ],
      now,
    );
    const feed = added[0];
    if (!feed) throw new Error('no subscription');
    await from.subscriptions.update(feed.id, { nextCheckAt: now + 6 * hour });
    await from.watchedPages.bulkAdd([
      {
        url: 'https://news.example/1',
        subscriptionId: feed.id,
        itemKey: 'g1',
        firstSeenAt: now,
        lastCheckedAt: now,
        validators: { etag: '"e"', lastModified: '' },
        articleId: makeArticle(1).id,
        gone: false,
        failures: 0,
        lastProblem: '',
      },
      {
        url: 'https://news.example/2',
        subscriptionId: feed.id,
        itemKey: 'g2',
        firstSeenAt: now,
        lastCheckedAt: now,
        validators: { etag: '', lastModified: '' },
        articleId: 'not-archived',
        gone: false,
        failures: 0,
        lastProblem: '',
      },
    ]);
    const file = await exportArchive(from);
    expect(JSON.parse(file)).toMatchObject({ formatVersion: 4 });

    // An address already watched here is left as it is (merge never overwrites).
    await addSubscriptions(to, [{ kind: 'page', url: 'https://news.example/front' }], now - hour);
    expect(await restoreArchive(to, file, 'merge', check)).toMatchObject({ kind: 'restored' });
    const restored = await listSubscriptions(to);
    expect(restored.map((s) => [s.url, s.intervalMs, s.nextCheckAt])).toEqual([
      ['https://news.example/front', hour, now - hour],
      ['https://news.example/feed.xml', 6 * hour, now + 6 * hour],
    ]);
    const pages = await to.watchedPages.orderBy('url').toArray();
    expect(pages.map((p) => [p.url, p.articleId, p.validators.etag])).toEqual([
      ['https://news.example/1', makeArticle(1).id, ''],
      ['https://news.example/2', '', ''],
    ]);
  });

  it('still restores a format-2 backup (no sources), and refuses a hostile source', async () => {
    await restoreArticles(from, [makeArticle(2)]);
    const backup = JSON.parse(await exportArchive(from)) as Record<string, unknown>;
    const old = { ...backup, formatVersion: 2, subscriptions: undefined, watchedPages: undefined };
    expect(await restoreArchive(to, JSON.stringify(old), 'merge', check)).toMatchObject({
      kind: 'restored',
      added: 1,
    });
    const hostile = { ...backup, subscriptions: [source({ url: 'javascript:alert(1)' })] };
    expect(await restoreArchive(to, JSON.stringify(hostile), 'replace', check)).toEqual({
      kind: 'failed',
      reason:
        'Source 1 in the backup has an address that is not a web address (http or https); nothing was restored.',
    });
    expect(await to.articles.count()).toBe(1);
    expect(await to.subscriptions.count()).toBe(0);
  });
});
