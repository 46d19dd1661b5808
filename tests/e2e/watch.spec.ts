import { expect, test } from '@playwright/test';
import { articleHtml, rssFeed, WatchSite } from '../support/watch-site';

const para = (topic: string, n: number): string =>
  `The council met on Tuesday to discuss ${topic} for the ${n}th time this year, and members of the public filled the gallery to hear what would be decided about the plans that have divided the town.`;
const story = (topic: string): string[] => [1, 2, 3, 4].map((n) => para(topic, n));

const site = new WatchSite({ cors: true });
// A second origin that sends no CORS headers: a browser page may not read it.
const closed = new WatchSite();

test.beforeAll(async () => {
  await site.start();
  await closed.start();
});
test.afterAll(async () => {
  await site.close();
  await closed.close();
});

test('watch a feed in the web build: new articles marked, an edit opens what changed, an unreachable site said plainly', async ({
  page,
}) => {
  site.page('/news/bridge', articleHtml('Bridge repairs approved', story('bridge repairs')));
  site.page('/news/school', articleHtml('School meals plan', story('school meals')));
  site.page(
    '/feed.xml',
    rssFeed('The Test Gazette', [
      { link: `${site.base}/news/bridge`, title: 'Bridge repairs approved', guid: 'b' },
      { link: `${site.base}/news/school`, title: 'School meals plan', guid: 's' },
    ]),
    'application/rss+xml',
  );
  closed.page('/feed.xml', rssFeed('Closed', []), 'application/rss+xml');

  await page.goto('/');
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByText(/cross-origin reading \(CORS\)/)).toBeVisible();

  await page.getByLabel('Address to watch').fill(`${site.base}/feed.xml`);
  await page.getByRole('button', { name: 'Watch', exact: true }).click();
  const gazette = page.getByRole('listitem', { name: 'The Test Gazette' });
  await expect(gazette.getByText('2 new.')).toBeVisible();
  await expect(gazette.getByText('2 articles archived, 0 new versions.')).toBeVisible();

  await page.getByLabel('Address to watch').fill(`${closed.base}/feed.xml`);
  await page.getByRole('button', { name: 'Watch', exact: true }).click();
  const unreachable = page.getByRole('listitem', { name: `${closed.base}/feed.xml` });
  await expect(unreachable.getByRole('alert')).toContainText("Out of this browser's reach.");

  await page.getByRole('button', { name: 'Library' }).click();
  const bridgeRow = page.locator('.article-row', { hasText: 'Bridge repairs approved' });
  await expect(bridgeRow.locator('.watch-mark')).toHaveText('new');
  await expect(page.locator('.watch-mark')).toHaveCount(2);

  // The site edits a paragraph; "Check now" captures it as a new version.
  const edited = story('bridge repairs');
  edited[2] = para('bridge repairs', 3).replace('filled the gallery', 'packed the public gallery');
  site.page('/news/bridge', articleHtml('Bridge repairs approved', edited));
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await gazette.getByRole('button', { name: 'Check now' }).click();
  await expect(gazette.getByText('1 changed, 1 unchanged.')).toBeVisible();
  await expect(
    page.getByText('A watched article changed: “Bridge repairs approved”.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show what changed' })).toBeVisible();
  // The school page was answered 304: its ETag was honoured.
  expect(site.requestsFor('/news/school').at(-1)).toMatchObject({ conditional: true, status: 304 });

  await page.getByRole('button', { name: 'Library' }).click();
  const changed = page.locator('.article-row', { hasText: 'Bridge repairs approved' }).filter({
    has: page.locator('.watch-changed'),
  });
  await expect(changed).toHaveCount(1);
  await changed.getByRole('button', { name: 'Bridge repairs approved' }).click();
  await expect(page.getByRole('heading', { name: /2 versions of/ })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Paragraphs of the two versions' });
  await expect(rows.locator('[data-kind="changed"] mark', { hasText: 'packed' })).toBeVisible();
  // Opened once, the mark is gone.
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.locator('.watch-changed')).toHaveCount(0);
});

test('the schedule survives a restart: a subscription that fell due is checked after the app opens', async ({
  page,
}) => {
  site.page('/later/one', articleHtml('Harbour wall reopens', story('the harbour wall')));
  site.page(
    '/later.xml',
    rssFeed('Harbour News', [{ link: `${site.base}/later/one`, title: 'Harbour wall reopens' }]),
    'application/rss+xml',
  );
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sources', exact: true })).toBeVisible();
  // Written as a previous session would have left it: due since long ago, never checked.
  await page.evaluate(async (url) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('verso');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('subscriptions', 'readwrite');
      tx.objectStore('subscriptions').put({
        id: 'from-last-session',
        kind: 'feed',
        url,
        title: url,
        addedAt: 0,
        intervalMs: 3_600_000,
        recheckDays: 7,
        nextCheckAt: 0,
        lastCheckedAt: 0,
        failures: 0,
        validators: { etag: '', lastModified: '' },
        lastOutcome: { kind: 'never' },
        totalNew: 0,
        totalChanged: 0,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, `${site.base}/later.xml`);
  await page.reload();
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const harbour = page.getByRole('listitem', { name: 'Harbour News' });
  await expect(harbour.getByText('1 new.')).toBeVisible({ timeout: 30_000 });
  expect(site.requestsFor('/later.xml')).toHaveLength(1);
});
