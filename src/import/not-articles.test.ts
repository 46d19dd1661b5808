import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { importItems } from './import-items';
import { notAnArticle, notArticlesInWords } from './not-articles';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import type { ImportItem } from './import-types';

const sample = readFileSync(new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url));
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('notAnArticle', () => {
  it('names images, system files and hidden files in a picked folder', () => {
    expect(notAnArticle('news/.DS_Store')).toBe('system file');
    expect(notAnArticle('news/2026/Thumbs.db')).toBe('system file');
    expect(notAnArticle('news/._story.html')).toBe('system file');
    expect(notAnArticle('news/__MACOSX/story.html')).toBe('system file');
    expect(notAnArticle('news/.notes.txt')).toBe('hidden file');
    expect(notAnArticle('news/.git/HEAD')).toBe('hidden file');
    expect(notAnArticle('news/photos/Harbour.JPG')).toBe('image');
    expect(notAnArticle('news/chart.svg')).toBe('image');
  });

  it('reads everything else, and the folder the person picked whatever its name', () => {
    expect(notAnArticle('news/story.txt')).toBeUndefined();
    expect(notAnArticle('news/feed.xml')).toBeUndefined();
    expect(notAnArticle('.archive/story.html')).toBeUndefined();
    expect(notAnArticle('story.md')).toBeUndefined();
  });

  it('reads a hidden file picked or dropped by itself: the person named it', () => {
    expect(notAnArticle('.notes.txt')).toBeUndefined();
    expect(notAnArticle('.draft.md')).toBeUndefined();
    // Still never an article, however it came.
    expect(notAnArticle('.DS_Store')).toBe('system file');
    expect(notAnArticle('._story.html')).toBe('system file');
  });

  it('says the kinds in words, in one order', () => {
    expect(notArticlesInWords(['system file', 'image', 'image'])).toBe('images, system files');
  });
});

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`not-articles-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('a folder import with files that are not articles', () => {
  it('skips them unread; a binary .txt and a page with no article still fail with reasons', async () => {
    const read: string[] = [];
    const file = (path: string, bytes: Uint8Array | string): ImportItem => {
      const picked = pickedFile(path, bytes);
      const lazy = async () => {
        read.push(path);
        return { bytes: picked.bytes };
      };
      return { kind: 'file', file: { ...picked, bytes: new Uint8Array(), read: lazy } };
    };
    const results = await importItems(
      db,
      [
        file('folder/.DS_Store', new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31])),
        file('folder/Thumbs.db', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])),
        file('folder/harbour.jpg', png),
        file('folder/.hidden-notes.txt', 'Notes to self.'),
        file('folder/story.txt', sample),
        file('folder/scan.txt', png),
        file('folder/broken.html', '<html><body><div><p>Menu</p></div>'),
      ],
      nodeDom,
    );
    expect(results.map((r) => [r.label, r.kind, r.kind === 'skipped' ? r.what : ''])).toEqual([
      ['folder/.DS_Store', 'skipped', 'system file'],
      ['folder/Thumbs.db', 'skipped', 'system file'],
      ['folder/harbour.jpg', 'skipped', 'image'],
      ['folder/.hidden-notes.txt', 'skipped', 'hidden file'],
      ['folder/story.txt', 'added', ''],
      ['folder/scan.txt', 'failed', ''],
      ['folder/broken.html', 'failed', ''],
    ]);
    expect(read).toEqual(['folder/story.txt', 'folder/scan.txt', 'folder/broken.html']);
    expect(results[5]).toMatchObject({ reason: expect.stringMatching(/not text|binary|image/i) });
    expect(results[6]).toMatchObject({ reason: expect.stringMatching(/No article found/) });
  });

  it('imports a hidden file picked by name, and counts one in a folder as skipped', async () => {
    const text = 'Source: Daily Ledger\n\nThe harbour board met on Tuesday to agree the new fees.';
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('.harbour-notes.txt', text) },
        { kind: 'file', file: pickedFile('news/.harbour-notes.txt', text) },
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'skipped']);
    expect(results[1]).toMatchObject({ what: 'hidden file' });
    expect(await db.articles.count()).toBe(1);
  });
});
