import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ArchiveDatabase } from '../database';
import type { ArticleRecord } from '../records';
import { withTwoArchives } from '../../../tests/support/two-archives';
import { restoreArchive, type ArchiveBackup } from './backup';
import { writeBackup } from './backup-writer';
import { restoreArticles } from '../articles';
import { makeArticle } from '../../../tests/support/test-articles';
import { checkBackup } from '../../import/check-backup';
import { nodeDom } from '../../../tests/support/node-dom';

const check = (backup: ArchiveBackup) => checkBackup(backup, { window: nodeDom.sanitiseWindow });

let source: ArchiveDatabase;
let target: ArchiveDatabase;
withTwoArchives('printings', (s, t) => {
  source = s;
  target = t;
});

// One wire story printed by two papers: the same text under two sources, both archived (an
// import keeps both, see store-plan's sameText), and a third paper's article.
const ledger = makeArticle(1);
const printedBy = (i: number): ArticleRecord => {
  const a = makeArticle(i);
  return { ...a, text: ledger.text, html: ledger.html, contentHash: ledger.contentHash };
};
const post = printedBy(2);
const courier = makeArticle(3);

async function streamed(db: ArchiveDatabase): Promise<Blob> {
  const out: string[] = [];
  await writeBackup(db, { write: async (text) => void out.push(text) });
  return new Blob(out);
}

// A format-1 backup (one JSON text), as older versions wrote.
const formatOne = (articles: ArticleRecord[]): string =>
  JSON.stringify({
    format: 'verso-archive',
    formatVersion: 1,
    exportedAt: '2026-01-02T00:00:00.000Z',
    articles: articles.map((a) => ({ ...a, importedAt: new Date(a.importedAt).toISOString() })),
    stories: [],
    tags: [],
  });

const sourcesOf = async (db: ArchiveDatabase): Promise<string[]> =>
  (await db.articles.toArray()).map((a) => a.source).sort();

describe('a merge restore and two printings of one text', () => {
  it('adds both printings to an empty archive, whichever batches they fall in', async () => {
    expect(ledger.source).not.toBe(post.source);
    await restoreArticles(source, [ledger, post, courier]);
    const file = await streamed(source);
    expect(await restoreArchive(target, file, 'merge', check, { batchSize: 1 })).toEqual({
      kind: 'restored',
      added: 3,
      skipped: 0,
    });
    expect(await sourcesOf(target)).toEqual(await sourcesOf(source));
  });

  it.each(['streamed', 'format 1'] as const)(
    'adds the printing the archive lacks, and skips the one it has under another id (%s)',
    async (layout) => {
      await restoreArticles(source, [ledger, post]);
      await restoreArticles(target, [{ ...ledger, id: 'other-id' }]);
      const file = layout === 'streamed' ? await streamed(source) : formatOne([ledger, post]);
      expect(await restoreArchive(target, file, 'merge', check)).toEqual({
        kind: 'restored',
        added: 1,
        skipped: 1,
      });
      expect(await sourcesOf(target)).toEqual([ledger.source, post.source].sort());
    },
  );

  it('still skips the same text from the same paper, or from a paste that names none', async () => {
    await restoreArticles(source, [ledger, { ...courier, id: 'pasted', source: '' }]);
    await restoreArticles(target, [
      { ...ledger, id: 'other-id', source: ` ${ledger.source.toUpperCase()} ` },
      { ...courier, id: 'courier-copy' },
    ]);
    expect(await restoreArchive(target, await streamed(source), 'merge', check)).toEqual({
      kind: 'restored',
      added: 0,
      skipped: 2,
    });
  });

  it('skips the same text from the same paper named by its address', async () => {
    expect(ledger.source).toBe('Daily Ledger');
    await restoreArticles(source, [ledger, post]);
    // The archive holds the Ledger's text from a page that named no site: its host is the source.
    await restoreArticles(target, [{ ...ledger, id: 'other-id', source: 'dailyledger.example' }]);
    expect(await restoreArchive(target, await streamed(source), 'merge', check)).toEqual({
      kind: 'restored',
      added: 1,
      skipped: 1,
    });
    expect(await sourcesOf(target)).toEqual(['Morning Post', 'dailyledger.example']);
  });
});
