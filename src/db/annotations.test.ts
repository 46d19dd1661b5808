import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAnnotation, listAnnotations, searchAnnotations, updateAnnotation } from './annotations';
import { restoreArticles } from './articles';
import { exportArchive, restoreArchive } from './backup/backup';
import { ArchiveDatabase, openArchive } from './database';
import { exportArticle } from './backup/export-article';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';
import { checkBackup } from '../import/check-backup';
import { sanitiseArticleHtml } from '../import/sanitise-html';
import { nodeDom } from '../../tests/support/node-dom';
import type { ArchiveBackup } from './backup/backup';

const check = (backup: ArchiveBackup) => checkBackup(backup, { window: nodeDom.sanitiseWindow });
const sanitise = (html: string) => sanitiseArticleHtml(html, { window: nodeDom.sanitiseWindow });

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`annotations-${crypto.randomUUID()}`);
  await restoreArticles(db, [makeArticle(1), makeArticle(2)]);
});
afterEach(async () => {
  await db.delete();
});

describe('highlights (annotations)', () => {
  it('stores a W3C-style quote and position selector, lists, searches and edits it', async () => {
    const article = makeArticle(1);
    const start = 5;
    const end = 40;
    const made = await addAnnotation(db, article.id, { start, end }, 'green', 'Check this');
    expect(made.target.selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: article.text.slice(start, end),
        prefix: article.text.slice(0, start),
        suffix: article.text.slice(end, end + 32),
      },
      { type: 'TextPositionSelector', start, end },
    ]);
    expect(await listAnnotations(db, [article.id])).toEqual([made]);
    expect(await listAnnotations(db, [makeArticle(2).id])).toEqual([]);
    await updateAnnotation(db, made.id, { comment: 'Checked with the ministry' });
    expect((await searchAnnotations(db, 'MINISTRY'))[0]?.comment).toBe('Checked with the ministry');
    expect(await searchAnnotations(db, 'ministry nowhere')).toEqual([]);
    const quoteWord = article.text.slice(start, end).split(/\s+/)[1] ?? '';
    expect(await searchAnnotations(db, quoteWord)).toHaveLength(1);
  });

  it('keeps one highlight when the same words are highlighted again, even twice at once', async () => {
    const id = makeArticle(1).id;
    const span = { start: 5, end: 40 };
    const first = await addAnnotation(db, id, span);
    // The key pressed again on the same selection, and the key repeating (two writes in flight).
    const again = await addAnnotation(db, id, span);
    const racing = await Promise.all([addAnnotation(db, id, span), addAnnotation(db, id, span)]);
    expect([again.id, ...racing.map((a) => a.id)]).toEqual([first.id, first.id, first.id]);
    expect(await listAnnotations(db, [id])).toEqual([first]);
    // Another colour on the same words recolours the one highlight; other words get their own.
    const green = await addAnnotation(db, id, span, 'green');
    const listed = await listAnnotations(db, [id]);
    expect(listed.map((a) => [a.id, a.colour])).toEqual([[first.id, 'green']]);
    expect(green.id).toBe(first.id);
    await addAnnotation(db, id, { start: 5, end: 41 });
    expect(await listAnnotations(db, [id])).toHaveLength(2);
  });

  it('go into the backup, come back on restore, and old backups without them still restore', async () => {
    const made = await addAnnotation(db, makeArticle(2).id, { start: 0, end: 12 }, 'pink', 'Lede');
    const file = await exportArchive(db);
    const target = await openArchive(`annotations-target-${crypto.randomUUID()}`);
    expect(await restoreArchive(target, file, 'merge', check)).toMatchObject({ kind: 'restored' });
    expect(await target.annotations.toArray()).toEqual([made]);
    const old = JSON.parse(file) as Record<string, unknown>;
    delete old.annotations;
    const fresh = await openArchive(`annotations-old-${crypto.randomUUID()}`);
    expect(await restoreArchive(fresh, JSON.stringify(old), 'merge', check)).toMatchObject({
      kind: 'restored',
      added: 2,
    });
    const damaged = { ...old, annotations: [{ id: 'x' }] };
    const keyless = { ...JSON.parse(file), annotations: [{ ...made, id: '' }] } as unknown;
    expect(await restoreArchive(fresh, JSON.stringify(keyless), 'replace', check)).toMatchObject({
      kind: 'failed',
      reason: 'Highlight 1 in the backup is damaged; nothing was restored.',
    });
    expect(await restoreArchive(fresh, JSON.stringify(damaged), 'replace', check)).toMatchObject({
      kind: 'failed',
    });
    await target.delete();
    await fresh.delete();
  });

  it('are in the Markdown export of their article', async () => {
    const article = makeArticle(1);
    await addAnnotation(db, article.id, { start: 0, end: 20 }, 'yellow', 'Source?');
    const md = await exportArticle(db, article.id, 'markdown', sanitise);
    expect(md?.contents).toContain('## Highlights');
    expect(md?.contents).toContain('Source?');
  });
});

describe('schema v8 and v9', () => {
  it('upgrades a v7 archive: every article kept, empty highlights and originals tables added', async () => {
    const name = `migrate-v8-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 7);
    await old.open();
    const articles = Array.from({ length: 20 }, (_, i) => makeArticle(i));
    await old.table('articles').bulkAdd(articles);
    old.close();
    const upgraded = new ArchiveDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBeGreaterThanOrEqual(8);
    const kept = await upgraded.articles.orderBy('id').toArray();
    expect(kept.map((a) => [a.id, a.text, a.note])).toEqual(
      articles.map((a) => [a.id, a.text, a.note]),
    );
    expect(await upgraded.annotations.count()).toBe(0);
    expect(await upgraded.originals.count()).toBe(0);
    const bytes = new Uint8Array([0xcf, 0xf0, 0xe8]);
    await upgraded.originals.put({ articleId: articles[2]?.id ?? '', format: 'txt', bytes });
    expect((await upgraded.originals.get(articles[2]?.id ?? ''))?.bytes).toEqual(bytes);
    await addAnnotation(upgraded, articles[3]?.id ?? '', { start: 0, end: 10 });
    expect(
      await upgraded.annotations
        .where('articleId')
        .equals(articles[3]?.id ?? '')
        .count(),
    ).toBe(1);
    await upgraded.delete();
  });
});
