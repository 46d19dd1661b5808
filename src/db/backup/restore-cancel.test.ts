import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArchiveDatabase } from '../database';
import { withTwoArchives } from '../../../tests/support/two-archives';
import { restoreArchive, type ArchiveBackup, type CheckFrom } from './backup';
import { writeBackup } from './backup-writer';
import { restoreArticles, updateArticle } from '../articles';
import { addAnnotation } from '../annotations';
import { makeArticle } from '../../../tests/support/test-articles';
import { checkBackup } from '../../import/check-backup';
import { nodeDom } from '../../../tests/support/node-dom';
import type { RestoreProgress } from './restore-stream';

const check = (backup: ArchiveBackup, from?: CheckFrom) =>
  checkBackup(backup, { window: nodeDom.sanitiseWindow }, from);

let source: ArchiveDatabase;
let target: ArchiveDatabase;
withTwoArchives('cancel', (s, t) => {
  source = s;
  target = t;
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** 450 articles (five batches of 100), a tag and a highlight, written as a streamed backup. */
async function backupFile(): Promise<Blob> {
  await restoreArticles(
    source,
    Array.from({ length: 450 }, (_, i) => makeArticle(i)),
  );
  await updateArticle(source, makeArticle(321).id, { tags: ['Rail'] });
  await addAnnotation(source, makeArticle(400).id, { start: 0, end: 12 }, 'pink', 'Lede');
  const out: string[] = [];
  await writeBackup(source, { write: async (text) => void out.push(text) });
  return new Blob(out);
}

async function others(db: ArchiveDatabase): Promise<unknown> {
  return {
    stories: await db.stories.orderBy('id').toArray(),
    tags: await db.tags.orderBy('name').toArray(),
    annotations: await db.annotations.orderBy('id').toArray(),
  };
}

/**
 * Aborts `controller` as the `nth` piece of articles is handed to the table's `method`, inside a
 * batch's transaction: a cancel in the middle of a batch, with part of it already put.
 */
function abortAtPiece(
  db: ArchiveDatabase,
  method: 'bulkPut' | 'bulkAdd',
  nth: number,
  controller: AbortController,
): { pieces: () => number } {
  const original = db.articles[method].bind(db.articles) as (rows: unknown[]) => Promise<unknown>;
  let calls = 0;
  vi.spyOn(db.articles, method).mockImplementation(((rows: unknown[]) => {
    calls++;
    if (calls === nth) controller.abort();
    return original(rows);
  }) as never);
  return { pieces: () => calls };
}

describe('cancelling a streamed restore while it writes', () => {
  it('a replace keeps every old article whole, adds the batches written, deletes nothing, and says so', async () => {
    const file = await backupFile();
    const old = Array.from({ length: 50 }, (_, i) => makeArticle(1000 + i));
    // One of the archive's articles has the id of one in the backup (edited since).
    const edited = makeArticle(7, { title: 'Edited since the backup' });
    await restoreArticles(target, [...old, edited]);
    const before = await others(target);
    const controller = new AbortController();
    // One article a piece: the 130th is in the second batch, 29 of its articles already put.
    const spy = abortAtPiece(target, 'bulkPut', 130, controller);
    const seen: RestoreProgress[] = [];
    const result = await restoreArchive(target, file, 'replace', check, {
      batchSize: 100,
      putChars: 1,
      signal: controller.signal,
      onProgress: (p) => seen.push(p),
    });
    expect(spy.pieces()).toBe(130);
    expect(result).toEqual({
      kind: 'failed',
      partial: true,
      reason:
        "Restore cancelled after writing 100 of the backup's 450 articles. Your 51 articles are all still there, plus the 99 of the backup's written so far (1 more had the same id as one of yours, which now reads as in the backup); nothing was deleted, and your stories, tags and highlights are as they were. Restoring the backup again finishes it.",
    });
    // The second batch was rolled back whole: the first batch's 100, and the old 50.
    expect(await target.articles.count()).toBe(150);
    for (const article of old) expect(await target.articles.get(article.id)).toEqual(article);
    for (let i = 0; i < 100; i++)
      expect(await target.articles.get(makeArticle(i).id)).toEqual(
        await source.articles.get(makeArticle(i).id),
      );
    expect(await target.articles.get(makeArticle(100).id)).toBeUndefined();
    expect(await others(target)).toEqual(before);
    expect(seen.some((p) => p.phase === 'finishing')).toBe(false);
    // Restored again, it finishes: exactly the backup.
    vi.restoreAllMocks();
    expect(await restoreArchive(target, file, 'replace', check)).toEqual({
      kind: 'restored',
      added: 450,
      skipped: 0,
    });
    expect(await target.articles.orderBy('id').toArray()).toEqual(
      await source.articles.orderBy('id').toArray(),
    );
    expect(await others(target)).toEqual(await others(source));
  });

  it('a merge keeps each article it added whole, and the rest are not added', async () => {
    const file = await backupFile();
    // Ten of the backup's articles are already archived (skipped by a merge).
    await restoreArticles(
      target,
      Array.from({ length: 10 }, (_, i) => makeArticle(i)),
    );
    const controller = new AbortController();
    // The first batch adds 90 (one a piece); the 120th piece is the second batch's 30th.
    abortAtPiece(target, 'bulkAdd', 120, controller);
    const result = await restoreArchive(target, file, 'merge', check, {
      batchSize: 100,
      putChars: 1,
      signal: controller.signal,
    });
    expect(result).toEqual({
      kind: 'failed',
      partial: true,
      reason:
        "Restore cancelled after 100 of the backup's 450 articles: 90 added, each whole (10 were already archived); the rest, and the backup's stories, tags and highlights, were not added. Restoring the backup again finishes it.",
    });
    expect(await target.articles.count()).toBe(100);
    for (let i = 10; i < 100; i++)
      expect(await target.articles.get(makeArticle(i).id)).toEqual(
        await source.articles.get(makeArticle(i).id),
      );
    expect(await target.annotations.count()).toBe(0);
    vi.restoreAllMocks();
    expect(await restoreArchive(target, file, 'merge', check)).toEqual({
      kind: 'restored',
      added: 350,
      skipped: 100,
    });
    expect(await target.articles.count()).toBe(450);
  });

  it('a cancel in the first batch leaves the archive as it was', async () => {
    const file = await backupFile();
    await restoreArticles(target, [makeArticle(900)]);
    const controller = new AbortController();
    abortAtPiece(target, 'bulkPut', 3, controller);
    const result = await restoreArchive(target, file, 'replace', check, {
      batchSize: 100,
      putChars: 1,
      signal: controller.signal,
    });
    expect(result).toEqual({ kind: 'failed', reason: 'The restore was cancelled.' });
    expect(await target.articles.toCollection().primaryKeys()).toEqual([makeArticle(900).id]);
  });

  it('writes a batch in pieces of about putChars characters each', async () => {
    const file = await backupFile();
    const pieces: { text: string; html: string }[][] = [];
    const original = target.articles.bulkPut.bind(target.articles) as (
      rows: unknown[],
    ) => Promise<unknown>;
    vi.spyOn(target.articles, 'bulkPut').mockImplementation(((
      rows: { text: string; html: string }[],
    ) => {
      pieces.push(rows);
      return original(rows);
    }) as never);
    const putChars = 4000;
    await restoreArchive(target, file, 'replace', check, { putChars });
    expect(pieces.flat()).toHaveLength(450);
    // A piece ends with the article that reaches putChars.
    for (const piece of pieces) {
      const chars = piece.map((a) => a.text.length + a.html.length);
      expect(chars.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(putChars);
    }
    expect(pieces.length).toBeGreaterThan(20);
  });
});
