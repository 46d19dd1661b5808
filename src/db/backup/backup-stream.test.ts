import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
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
withTwoArchives('stream', (s, t) => {
  source = s;
  target = t;
});

async function snapshot(db: ArchiveDatabase): Promise<unknown> {
  return {
    articles: await db.articles.orderBy('id').toArray(),
    stories: await db.stories.orderBy('id').toArray(),
    tags: await db.tags.orderBy('name').toArray(),
    annotations: await db.annotations.orderBy('id').toArray(),
  };
}

/** The archive written by writeBackup, as the pieces its sink was handed. */
async function pieces(db: ArchiveDatabase, pieceChars = 4096): Promise<string[]> {
  const out: string[] = [];
  await writeBackup(
    db,
    { write: async (text) => void out.push(text) },
    { pageSize: 7, pieceChars },
  );
  return out;
}

/** A source of 450 articles (more than two restore batches), with notes, tags and a highlight. */
async function fillSource(): Promise<void> {
  await restoreArticles(
    source,
    Array.from({ length: 450 }, (_, i) => makeArticle(i)),
  );
  await updateArticle(source, makeArticle(321).id, {
    note: 'a note ‘late’ in the file',
    tags: ['Rail'],
  });
  await addAnnotation(source, makeArticle(400).id, { start: 0, end: 12 }, 'pink', 'Lede');
}

const fileOf = (parts: readonly string[]): Blob => new Blob(parts as string[]);

describe('streamed backup (format 4)', () => {
  it('restores to the same archive: articles, notes, tags, stories and highlights', async () => {
    await fillSource();
    const file = fileOf(await pieces(source));
    const seen: RestoreProgress['phase'][] = [];
    const result = await restoreArchive(target, file, 'replace', check, {
      batchSize: 100,
      onProgress: (p) => seen.push(p.phase),
    });
    expect(result).toEqual({ kind: 'restored', added: 450, skipped: 0 });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await target.sketches.count()).toBe(450);
    // Checked whole, then written, then echoes' data rebuilt.
    expect(seen.indexOf('checking')).toBeLessThan(seen.indexOf('writing'));
    expect(seen.lastIndexOf('writing')).toBeLessThan(seen.indexOf('rebuilding'));
    // Merged again: everything is already there.
    expect(await restoreArchive(target, file, 'merge', check, { batchSize: 100 })).toEqual({
      kind: 'restored',
      added: 0,
      skipped: 450,
    });
  });

  it('is still one JSON document (older tools and the CLI read it whole)', async () => {
    await fillSource();
    const backup = JSON.parse((await pieces(source)).join('')) as ArchiveBackup & {
      counts: Record<string, number>;
    };
    expect(backup).toMatchObject({ format: 'verso-archive', formatVersion: 4 });
    expect(backup.articles).toHaveLength(450);
    expect(backup.counts).toMatchObject({ articles: 450, annotations: 1 });
  });

  it('never makes the whole archive one string: pieces are bounded, and so is every JSON.stringify', async () => {
    await fillSource();
    const stringify = vi.spyOn(JSON, 'stringify');
    const out = await pieces(source, 4096);
    const longestRow = Math.max(
      ...(await source.articles.toArray()).map((a) => JSON.stringify(a).length),
    );
    const made = stringify.mock.results.map((r) => String(r.value).length);
    stringify.mockRestore();
    const total = out.join('').length;
    expect(total).toBeGreaterThan(50 * 4096);
    expect(Math.max(...out.map((p) => p.length))).toBeLessThan(4096 + longestRow + 200);
    expect(Math.max(...made)).toBeLessThanOrEqual(longestRow);
  });

  it('still restores a format-3 backup (one JSON text on one line)', async () => {
    await restoreArticles(source, [makeArticle(1), makeArticle(2)]);
    const old = JSON.stringify({
      format: 'verso-archive',
      formatVersion: 3,
      exportedAt: '2026-11-01T00:00:00.000Z',
      articles: await source.articles.toArray(),
      stories: await source.stories.toArray(),
      tags: await source.tags.toArray(),
      annotations: [],
      subscriptions: [],
      watchedPages: [],
    });
    expect(await restoreArchive(target, old, 'replace', check)).toEqual({
      kind: 'restored',
      added: 2,
      skipped: 0,
    });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('refuses a backup cut short, saying how far it got, and changes nothing (merge or replace)', async () => {
    await fillSource();
    const whole = (await pieces(source)).join('');
    await restoreArticles(target, [makeArticle(900)]);
    const before = await snapshot(target);
    const lines = whole.split('\n');
    // Cut after line 301: the header, "articles":[, then 299 articles and half of the next.
    const cut = lines.slice(0, 301).join('\n').length + 40;
    for (const mode of ['merge', 'replace'] as const) {
      expect(
        await restoreArchive(target, whole.slice(0, cut), mode, check, { batchSize: 50 }),
      ).toEqual({
        kind: 'failed',
        reason:
          'This Verso backup is cut short: it breaks off after article 299, before its end. Use a complete copy of it.',
      });
      // Cut in its last rows, after every article.
      expect(await restoreArchive(target, whole.slice(0, whole.length - 30), mode, check)).toEqual({
        kind: 'failed',
        reason: expect.stringMatching(
          /^This Verso backup is cut short: it breaks off in its \w+/,
        ) as string,
      });
    }
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses a damaged backup with where it is damaged, and changes nothing', async () => {
    await fillSource();
    const lines = (await pieces(source)).join('').split('\n');
    await restoreArticles(target, [makeArticle(900)]);
    const before = await snapshot(target);
    const broken = [...lines];
    broken[200] = broken[200]?.replace('"text":"', '"text":') ?? '';
    expect(await restoreArchive(target, broken.join('\n'), 'replace', check)).toEqual({
      kind: 'failed',
      reason:
        'This Verso backup is damaged at line 201 (a row of its articles that is not JSON, after article 198).',
    });
    const missing = lines.filter((_, i) => i !== 100);
    expect(await restoreArchive(target, missing.join('\n'), 'replace', check)).toEqual({
      kind: 'failed',
      reason: 'This Verso backup is damaged: it says it holds 450 articles but has 449.',
    });
    // A bad article past the first batch is named by its place in the whole file.
    const noText = [...lines];
    noText[350] = noText[350]?.replace(/"text":"[^"]*"/, '"text":" "') ?? '';
    expect(
      await restoreArchive(target, noText.join('\n'), 'replace', check, { batchSize: 100 }),
    ).toEqual({
      kind: 'failed',
      reason: 'Article 349 in the backup has no text; nothing was restored.',
    });
    expect(await snapshot(target)).toEqual(before);
  });

  it('stops when cancelled while the file is read, with nothing written', async () => {
    await fillSource();
    const file = fileOf(await pieces(source));
    await restoreArticles(target, [makeArticle(900)]);
    const before = await snapshot(target);
    const controller = new AbortController();
    const result = await restoreArchive(target, file, 'replace', check, {
      batchSize: 50,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'checking' && p.articles >= 100) controller.abort();
      },
    });
    expect(result).toEqual({ kind: 'failed', reason: 'The restore was cancelled.' });
    expect(await snapshot(target)).toEqual(before);
  });

  it('stops an export when cancelled, having handed over no more', async () => {
    await fillSource();
    const controller = new AbortController();
    const out: string[] = [];
    const writing = writeBackup(
      source,
      { write: async (text) => void out.push(text) },
      {
        pageSize: 10,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.articles >= 50) controller.abort();
        },
      },
    );
    await expect(writing).rejects.toThrow();
    expect(out.join('')).not.toContain('"counts"');
  });

  it('a replace that stops in its second batch leaves every old article whole, and says so', async () => {
    await fillSource();
    const file = fileOf(await pieces(source));
    const old = Array.from({ length: 50 }, (_, i) => makeArticle(1000 + i));
    await restoreArticles(target, old);
    // Fails as the second batch of the writing reading is checked, as a full disk or a closed
    // tab would stop it there.
    const failing = (backup: ArchiveBackup, from?: CheckFrom) => {
      if (from?.checkOnly === false && (from.firstArticle ?? 1) > 100) throw new Error('stopped');
      return check(backup, from);
    };
    const result = await restoreArchive(target, file, 'replace', failing, { batchSize: 100 });
    expect(result).toMatchObject({ kind: 'failed', partial: true });
    expect(result.kind === 'failed' && result.reason).toMatch(
      /^The restore stopped \(.+\) after writing 100 of the backup's 450 articles\. The archive still holds every article it had .*Restoring the backup again finishes it\.$/,
    );
    for (const article of old) expect(await target.articles.get(article.id)).toEqual(article);
    expect(await target.articles.count()).toBe(150);
    // Restored again, it finishes: exactly the backup.
    expect(await restoreArchive(target, file, 'replace', check)).toMatchObject({
      kind: 'restored',
    });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('a replace that stops while removing the old articles leaves every new one whole', async () => {
    await fillSource();
    const file = fileOf(await pieces(source));
    await restoreArticles(
      target,
      Array.from({ length: 50 }, (_, i) => makeArticle(1000 + i)),
    );
    const bulkDelete = vi
      .spyOn(target.articles, 'bulkDelete')
      .mockRejectedValueOnce(new Error('x'));
    const result = await restoreArchive(target, file, 'replace', check, { batchSize: 20 });
    bulkDelete.mockRestore();
    expect(result).toMatchObject({ kind: 'failed', partial: true });
    expect(result.kind === 'failed' && result.reason).toContain(
      "after writing all 450 of the backup's articles, while removing the articles the backup does not have",
    );
    const backupIds = (await source.articles.toCollection().primaryKeys()).sort();
    for (const id of backupIds)
      expect(await target.articles.get(id)).toEqual(await source.articles.get(id));
  });
});
