import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { importItems } from './import-items';
import { restoreArticles } from '../db/articles';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import { makeArticle } from '../../tests/support/test-articles';
import type { FetchedPage } from './import-types';
import { readFileForImport } from './read-file-off';

const root = new URL('../../', import.meta.url);
const sample = readFileSync(new URL('seeds/000_7500752fa51d260b.txt', root));
const noArticle = readFileSync(new URL('tests/fixtures/archive/no-article.html', root));

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`bad-${crypto.randomUUID()}`);
  await restoreArticles(db, [makeArticle(1)]);
});
afterEach(async () => {
  await db.delete();
});

async function contents(): Promise<unknown> {
  return {
    articles: await db.articles.toArray(),
    stories: await db.stories.toArray(),
    tags: await db.tags.toArray(),
  };
}

describe('bad input', () => {
  it('a feed, an OPML list or a backup dropped on Import says where the app takes it', async () => {
    const feed =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>';
    const files = [
      pickedFile('feed.xml', feed),
      pickedFile('subscriptions.opml', '<opml version="2.0"><body/></opml>'),
      pickedFile('verso-archive-2026-12-01.json', '{"format":"verso-archive","articles":[]}'),
    ];
    const results = await importItems(
      db,
      files.map((file) => ({ kind: 'file' as const, file })),
      nodeDom,
    );
    const reasons = results.map((r) => (r.kind === 'failed' ? r.reason : r.kind));
    expect(reasons[0]).toMatch(/^Verso imports \.txt, \.md and \.html files, not \.xml\. /);
    expect(reasons[0]).toContain('Sources');
    expect(reasons[1]).toContain('Import OPML…');
    expect(reasons[2]).toContain('Archive › Restore from backup…');
    // A big file read off the page's thread is told the same.
    const off = readFileForImport({ name: 'feed.xml', bytes: new TextEncoder().encode(feed) });
    expect(off?.outcome.kind === 'failed' && off.outcome.reason).toBe(reasons[0]);
  });

  it('gives each bad item a clear message and leaves the archive as it was', async () => {
    const before = await contents();
    const png = Uint8Array.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...new Array(64).fill(7),
    ]);
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const utf16NoBom = Buffer.from('Hello there, this is text.', 'utf16le');
    const hang = (url: string): Promise<FetchedPage> => new Promise(() => void url);
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('empty.txt', '') },
        { kind: 'file', file: pickedFile('photo.txt', png) },
        { kind: 'file', file: pickedFile('huge.txt', huge) },
        { kind: 'file', file: pickedFile('search.html', noArticle) },
        {
          kind: 'file',
          file: pickedFile('broken.html', '<html><body><div><p>Only <b>a few <i>words</table>'),
        },
        { kind: 'file', file: pickedFile('odd.txt', utf16NoBom) },
        { kind: 'file', file: pickedFile('blank.md', '\n\n   \n') },
        { kind: 'url', url: 'https://never.example/' },
      ],
      { ...nodeDom, fetchUrl: hang, urlTimeoutMs: 20 },
    );
    expect(results.map((r) => (r.kind === 'failed' ? `${r.label}: ${r.reason}` : r.kind))).toEqual([
      'empty.txt: The file is empty.',
      'photo.txt: This is a PNG image, not text.',
      'huge.txt: It is 50.0 MB; Verso imports articles up to 10.0 MB.',
      'search.html: No article found in this page (it may be an index, a form or an empty page).',
      'broken.html: No article found in this page (it may be an index, a form or an empty page).',
      'odd.txt: Unknown encoding: the file contains NUL bytes (binary data, or UTF-16 without a byte-order mark). Save it as UTF-8.',
      'blank.md: There is no text in it.',
      'https://never.example/: The site did not answer within 0.02 seconds.',
    ]);
    expect(await contents()).toEqual(before);
  });

  it('reports a full disk (QuotaExceededError) and writes no part of the article', async () => {
    const before = await contents();
    // The quota runs out on the sketch row, after the article row was added in the same transaction.
    db.sketches.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const results = await importItems(
      db,
      [{ kind: 'file', file: pickedFile('sample.txt', sample) }],
      nodeDom,
    );
    expect(results).toEqual([
      {
        kind: 'failed',
        label: 'sample.txt',
        reason:
          'The browser has no more storage for this archive (quota exceeded); nothing was written. Free space, or export and delete old articles.',
      },
    ]);
    expect(await contents()).toEqual(before);
    expect(await db.sketches.count()).toBe(1);
  });
});
