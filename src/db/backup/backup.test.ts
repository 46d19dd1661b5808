import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ArchiveDatabase } from '../database';
import { withTwoArchives } from '../../../tests/support/two-archives';
import { exportArchive, restoreArchive } from './backup';
import { restoreArticles, updateArticle } from '../articles';
import { makeArticle } from '../../../tests/support/test-articles';
import { exportArticle } from './export-article';
import { searchArticles } from '../../ui/data/search';
import { checkBackup } from '../../import/check-backup';
import { sanitiseArticleHtml } from '../../import/sanitise-html';
import { nodeDom } from '../../../tests/support/node-dom';
import type { ArchiveBackup } from './backup';

const check = (backup: ArchiveBackup) => checkBackup(backup, { window: nodeDom.sanitiseWindow });
const sanitise = (html: string) => sanitiseArticleHtml(html, { window: nodeDom.sanitiseWindow });

let source: ArchiveDatabase;
let target: ArchiveDatabase;
withTwoArchives('backup', (s, t) => {
  source = s;
  target = t;
});

async function snapshot(db: ArchiveDatabase): Promise<unknown> {
  return {
    articles: await db.articles.orderBy('id').toArray(),
    stories: await db.stories.orderBy('id').toArray(),
    tags: await db.tags.orderBy('name').toArray(),
  };
}

describe('backup', () => {
  it('round-trips 300 articles with every field equal, then replaces and merges', async () => {
    await restoreArticles(
      source,
      Array.from({ length: 300 }, (_, i) => makeArticle(i)),
    );
    await updateArticle(source, 'article-000007', {
      note: 'checked ‘twice’ £',
      tags: ['Rail', 'checked'],
    });
    const file = await exportArchive(source);
    // Searching first starts the target's index, so the restore must rebuild it to be found.
    expect(await searchArticles(target, 'report 7 ministers')).toEqual([]);

    expect(await restoreArchive(target, file, 'replace', check)).toEqual({
      kind: 'restored',
      added: 300,
      skipped: 0,
    });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // Restored with their near-copy sketches; fingerprints are derived by scans, never stored.
    expect(await target.sketches.count()).toBe(300);
    expect(await target.fingerprints.count()).toBe(0);
    expect((await searchArticles(target, 'report 7 ministers', {}, 1))[0]?.article.note).toBe(
      'checked ‘twice’ £',
    );

    await restoreArticles(target, [makeArticle(500)]);
    const merged = await restoreArchive(target, new TextEncoder().encode(file), 'merge', check);
    expect(merged).toEqual({ kind: 'restored', added: 0, skipped: 300 });
    expect(await target.articles.count()).toBe(301);

    expect(await restoreArchive(target, file, 'replace', check)).toMatchObject({ added: 300 });
    expect(await target.articles.count()).toBe(300);
  });

  it('merge skips texts already archived under another id', async () => {
    await restoreArticles(source, [makeArticle(1), makeArticle(2)]);
    await restoreArticles(target, [makeArticle(1, { id: 'other-id' })]);
    const result = await restoreArchive(target, await exportArchive(source), 'merge', check);
    expect(result).toEqual({ kind: 'restored', added: 1, skipped: 1 });
  });

  it('merge keeps edits made since the backup and adds what is missing', async () => {
    await restoreArticles(source, [makeArticle(1), makeArticle(2)]);
    const file = await exportArchive(source);
    await restoreArchive(target, file, 'replace', check);
    await updateArticle(target, 'article-000001', {
      note: 'edited after the backup',
      tags: ['kept'],
    });
    await target.articles.delete('article-000002');

    expect(await restoreArchive(target, file, 'merge', check)).toEqual({
      kind: 'restored',
      added: 1,
      skipped: 1,
    });
    const kept = await target.articles.get('article-000001');
    expect(kept?.note).toBe('edited after the backup');
    expect(kept?.tags).toEqual(['kept']);
    expect(await target.articles.get('article-000002')).toEqual(
      await source.articles.get('article-000002'),
    );
  });

  it('reads a format-1 backup (dates as strings) and restores its dates as instants', async () => {
    const old = makeArticle(3);
    const file = JSON.stringify({
      format: 'verso-archive',
      formatVersion: 1,
      exportedAt: '2026-01-02T00:00:00.000Z',
      articles: [
        {
          ...old,
          publishedAt: 'Sat, 14 Mar 2026 09:30:00 +0100',
          importedAt: '2026-01-01T00:00:03.000Z',
        },
        { ...makeArticle(4), publishedAt: '', importedAt: '2026-01-01T00:00:04.000Z' },
      ],
      stories: [{ id: old.storyId, title: old.title, createdAt: '2026-01-01T00:00:03.000Z' }],
      tags: [],
    });
    expect(await restoreArchive(target, file, 'replace', check)).toMatchObject({ added: 2 });
    expect(await target.articles.get(old.id)).toMatchObject({
      publishedAt: Date.UTC(2026, 2, 14, 8, 30),
      importedAt: Date.UTC(2026, 0, 1, 0, 0, 3),
    });
    expect((await target.articles.get('article-000004'))?.publishedAt).toBe(0);
    expect((await target.stories.get(old.storyId))?.createdAt).toBe(Date.UTC(2026, 0, 1, 0, 0, 3));
  });

  it('says a backup that breaks off is cut short, and writes nothing', async () => {
    await restoreArticles(target, [makeArticle(1)]);
    const before = await snapshot(target);
    const whole = await exportArchive(source);
    // Cut within its rows, the streamed backup says how far it got; cut within its first line,
    // it is no streamed backup yet, and is read as an older one would be.
    for (const cut of [whole.length - 1, Math.floor(whole.length / 2)])
      expect(await restoreArchive(target, whole.slice(0, cut), 'replace', check)).toEqual({
        kind: 'failed',
        reason: expect.stringMatching(
          /^This Verso backup is cut short: it breaks off (after article [\d,]+|in its \w+.*|before its first article), before its end\. Use a complete copy of it\.$/,
        ) as string,
      });
    expect(await restoreArchive(target, whole.slice(0, 40), 'replace', check)).toEqual({
      kind: 'failed',
      reason:
        'This Verso backup is cut short or damaged (its JSON breaks off). Use a complete copy of it.',
    });
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses a file that is not a backup and writes nothing', async () => {
    await restoreArticles(target, [makeArticle(1)]);
    const before = await snapshot(target);
    expect(await restoreArchive(target, 'not json', 'replace', check)).toEqual({
      kind: 'failed',
      reason: 'This file is not a Verso backup (it is not JSON).',
    });
    const broken = JSON.stringify({
      format: 'verso-archive',
      formatVersion: 1,
      articles: [{ id: 1 }],
      stories: [],
      tags: [],
    });
    expect(await restoreArchive(target, broken, 'replace', check)).toEqual({
      kind: 'failed',
      reason: 'Article 1 in the backup has no text field "id"; nothing was restored.',
    });
    expect(await snapshot(target)).toEqual(before);
  });
});

describe('exportArticle', () => {
  it('exports Markdown, text and HTML with metadata and no active content', async () => {
    await restoreArticles(source, [
      makeArticle(1, { title: 'A *starred* title', html: '<p>Safe £</p>', byline: 'Ann <b>' }),
    ]);
    const md = await exportArticle(source, 'article-000001', 'markdown', sanitise);
    expect(md?.fileName).toBe('a-starred-title.md');
    expect(md?.contents.startsWith('# A \\*starred\\* title\n')).toBe(true);
    expect(md?.contents).toContain('£');
    const text = await exportArticle(source, 'article-000001', 'text', sanitise);
    expect(text?.contents).toContain('By Ann <b>');
    expect(text?.contents).toContain(makeArticle(1).text);
    const html = await exportArticle(source, 'article-000001', 'html', sanitise);
    expect(html?.contents).toContain('<p>Safe £</p>');
    expect(html?.contents).toContain('By Ann &#60;b&#62;');
    expect(html?.contents).toContain("default-src 'none'");
    expect(await exportArticle(source, 'missing', 'html', sanitise)).toBeUndefined();
  });
});
