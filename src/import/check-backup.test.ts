import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { restoreArchive, type ArchiveBackup } from '../db/backup/backup';
import { exportArticle } from '../db/backup/export-article';
import { restoreArticles } from '../db/articles';
import type { ArticleRecord } from '../db/records';
import { contentHashOf } from '../core/extract/content-hash';
import { makeArticle } from '../../tests/support/test-articles';
import { nodeDom } from '../../tests/support/node-dom';
import { checkBackup } from './check-backup';
import { sanitiseArticleHtml } from './sanitise-html';

const window = nodeDom.sanitiseWindow;
const check = (backup: ArchiveBackup) => checkBackup(backup, { window });
const sanitise = (html: string) => sanitiseArticleHtml(html, { window });

const hostile = [
  '<p>Kept paragraph.</p>',
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(2)">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<a href="javascript:alert(3)">link</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<img src="https://tracker.example/pixel.gif">',
  '<form action="https://evil.example/"><input name="parentNode"></form>',
  '<style>body{background:url(https://evil.example/bg)}</style>',
].join('');

/** No script, handler, refresh, frame, form, javascript: URL or remote load left in the HTML. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script|<iframe|<form|<style|<meta|http-equiv|javascript:/i);
  expect(html).not.toMatch(/\son\w+\s*=/i);
  expect(html).not.toMatch(/\ssrc\s*=\s*["']?https?:/i);
}

function backupOf(parts: Partial<ArchiveBackup>): string {
  return JSON.stringify({
    format: 'verso-archive',
    formatVersion: 1,
    exportedAt: '2026-01-01T00:00:00Z',
    articles: [],
    stories: [],
    tags: [],
    ...parts,
  });
}

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`hostile-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('restoring a hostile backup', () => {
  it('sanitises article HTML as on import, and the HTML export has no active content', async () => {
    const file = backupOf({ articles: [makeArticle(1, { html: hostile })] });
    expect(await restoreArchive(db, file, 'replace', check)).toMatchObject({ added: 1 });
    const stored = await db.articles.get('article-000001');
    expect(stored?.html).toContain('<p>Kept paragraph.</p>');
    expect(stored?.html).toContain('data-remote-src="https://tracker.example/pixel.gif"');
    expectInert(stored?.html ?? '');
    const exported = await exportArticle(db, 'article-000001', 'html', sanitise);
    expect(exported?.contents).toContain('Kept paragraph.');
    expectInert(
      (exported?.contents ?? '').replace(
        /<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy"[^>]*>/,
        '',
      ),
    );
  });

  it('keeps a version’s modified date, which orders it in its story, and drops one not a date', async () => {
    const dated = {
      ...makeArticle(1),
      modifiedAt: Date.UTC(2026, 10, 30, 9),
      modifiedByFile: true as const,
    };
    const bad = { ...makeArticle(2), modifiedAt: 'yesterday' };
    const file = backupOf({ articles: [dated, bad as unknown as typeof dated] });
    expect(await restoreArchive(db, file, 'replace', check)).toMatchObject({ added: 2 });
    expect(await db.articles.get('article-000001')).toMatchObject({
      modifiedAt: Date.UTC(2026, 10, 30, 9),
      modifiedByFile: true,
    });
    expect(await db.articles.get('article-000002')).not.toHaveProperty('modifiedAt');
  });

  it('sanitises again at export time HTML stored before it was sanitised', async () => {
    await restoreArticles(db, [makeArticle(1, { html: hostile })]);
    const exported = await exportArticle(db, 'article-000001', 'html', sanitise);
    const body = exported?.contents.split('</head>')[1] ?? '';
    expect(body).toContain('Kept paragraph.');
    expectInert(body);
  });

  it('recomputes the content hash: another text claiming an archived hash is added', async () => {
    await restoreArticles(db, [makeArticle(1)]);
    const liar = makeArticle(2, { contentHash: makeArticle(1).contentHash });
    const result = await restoreArchive(db, backupOf({ articles: [liar] }), 'merge', check);
    expect(result).toEqual({ kind: 'restored', added: 1, skipped: 0 });
    const stored = await db.articles.get('article-000002');
    expect(stored?.contentHash).toBe(contentHashOf(liar.text));
  });

  it.each([
    [{ id: '  ' }, 'Article 1 in the backup has no id; nothing was restored.'],
    [
      { url: 'javascript:alert(1)' },
      'Article 1 in the backup has a URL that is not a web address (http or https); nothing was restored.',
    ],
    [
      { publishedAt: -5 },
      'Article 1 in the backup has a date that is not a date; nothing was restored.',
    ],
    [
      { publishedAt: 1e20 },
      'Article 1 in the backup has a date that is not a date; nothing was restored.',
    ],
    [{ text: '' }, 'Article 1 in the backup has no text; nothing was restored.'],
  ] as [Partial<ArticleRecord>, string][])(
    'refuses an article with a bad field (%j), writing nothing',
    async (bad, reason) => {
      await restoreArticles(db, [makeArticle(7)]);
      const file = backupOf({ articles: [makeArticle(1, bad)] });
      expect(await restoreArchive(db, file, 'replace', check)).toEqual({ kind: 'failed', reason });
      expect((await db.articles.toArray()).map((a) => a.id)).toEqual(['article-000007']);
    },
  );

  it('says in words when a story or a tag has no key, instead of a DataError', async () => {
    const noStoryId = backupOf({ stories: [{ title: 'x', createdAt: '' } as never] });
    expect(await restoreArchive(db, noStoryId, 'merge', check)).toEqual({
      kind: 'failed',
      reason: 'Story 1 in the backup has no id; nothing was restored.',
    });
    const noTagName = backupOf({ tags: [{ createdAt: '' } as never] });
    expect(await restoreArchive(db, noTagName, 'merge', check)).toEqual({
      kind: 'failed',
      reason: 'Tag 1 in the backup has no name; nothing was restored.',
    });
  });
});
