import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { listVersions } from '../db/versions';
import { importItems } from './import-items';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import type { ImportItem } from './import-types';

// Two versions of one story in a folder (one address, so one story): v1 written at 09:00, v2 at
// 11:30 with a paragraph added. The import lists them in whatever order the folder gave.
const page = (meta: string, extra: string): string => `<!doctype html><html><head>
<title>Council votes on budget</title><meta property="og:site_name" content="Coast Gazette">
<link rel="canonical" href="https://coastgazette.example/news/council-budget">${meta}</head>
<body><article><h1>Council votes on budget</h1>
<p>The council met on Tuesday to vote on the budget for next year, which includes new spending on
roads and schools across the district.</p>
<p>Councillors argued for three hours before the vote was taken late in the evening.</p>${extra}
</article></body></html>`;
const added =
  '<p>The mayor said after the vote that the budget was the best the town could afford.</p>';
const at0900 = Date.UTC(2026, 10, 30, 9, 0);
const at1130 = Date.UTC(2026, 10, 30, 11, 30);

const file = (name: string, html: string, lastModified?: number): ImportItem => ({
  kind: 'file',
  file: { ...pickedFile(`folder/${name}`, html), ...(lastModified ? { lastModified } : {}) },
});

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`version-dates-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

async function storyOrder(): Promise<string[]> {
  const [any] = await db.articles.toArray();
  const versions = await listVersions(db, any?.storyId ?? '');
  return versions.map((v) => (v.origin.kind === 'file' ? v.origin.name : ''));
}

describe('the order of versions imported from files', () => {
  it('follows the files’ dates when the pages give none, whatever order they came in', async () => {
    const results = await importItems(
      db,
      [file('story-v2.html', page('', added), at1130), file('story-v1.html', page('', ''), at0900)],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'new-version']);
    expect(await storyOrder()).toEqual(['story-v1.html', 'story-v2.html']);
    const [v1] = await listVersions(db, (await db.articles.toArray())[0]?.storyId ?? '');
    expect(v1?.modifiedAt).toBe(at0900);
  });

  it('follows the pages’ stated changes over the files’ dates', async () => {
    const modified = (at: number): string =>
      `<meta property="article:modified_time" content="${new Date(at).toISOString()}">`;
    // Copied in the wrong order: the files' dates say v2 came first; the pages say otherwise.
    await importItems(
      db,
      [
        file('story-v2.html', page(modified(at1130), added), at0900),
        file('story-v1.html', page(modified(at0900), ''), at1130),
      ],
      nodeDom,
    );
    expect(await storyOrder()).toEqual(['story-v1.html', 'story-v2.html']);
  });

  it('puts a first printing saved later after none of its updates that state their change', async () => {
    // q24: the original page states no change and was saved today; the update says 11:30. The
    // saved file's date is when it was saved, so the page as published (09:00) comes first.
    const modified = `<meta property="article:modified_time" content="${new Date(at1130).toISOString()}">`;
    const published = `<meta property="article:published_time" content="${new Date(at0900).toISOString()}">`;
    const savedToday = Date.UTC(2026, 11, 3, 7, 0);
    await importItems(
      db,
      [
        file('story-v2.html', page(published + modified, added), at1130),
        file('story-v1.html', page(published, ''), savedToday),
      ],
      nodeDom,
    );
    expect(await storyOrder()).toEqual(['story-v1.html', 'story-v2.html']);
    const v1 = (await db.articles.toArray()).find(
      (a) => a.origin.kind === 'file' && a.origin.name === 'story-v1.html',
    );
    expect(v1).toMatchObject({ modifiedAt: savedToday, modifiedByFile: true });
  });

  it('puts an older version imported later before the one already archived', async () => {
    await importItems(db, [file('story-v2.html', page('', added), at1130)], nodeDom);
    await importItems(db, [file('story-v1.html', page('', ''), at0900)], nodeDom);
    expect(await storyOrder()).toEqual(['story-v1.html', 'story-v2.html']);
  });
});
