import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import type { ArchiveDatabase } from '../database';
import { withTwoArchives } from '../../../tests/support/two-archives';
import { restoreArchive, type ArchiveBackup, type CheckFrom } from './backup';
import { writeBackup } from './backup-writer';
import { backupHold } from './backup-hold';
import { deleteArticles, restoreArticles, updateArticle } from '../articles';
import { addAnnotation } from '../annotations';
import { makeArticle } from '../../../tests/support/test-articles';
import { checkBackup } from '../../import/check-backup';
import { nodeDom } from '../../../tests/support/node-dom';

const check = (backup: ArchiveBackup, from?: CheckFrom) =>
  checkBackup(backup, { window: nodeDom.sanitiseWindow }, from);

let source: ArchiveDatabase;
let target: ArchiveDatabase;
withTwoArchives('snapshot', (s, t) => {
  source = s;
  target = t;
});

async function rows(db: ArchiveDatabase): Promise<unknown> {
  return {
    articles: await db.articles.orderBy('id').toArray(),
    annotations: await db.annotations.orderBy('id').toArray(),
  };
}

it('writes the archive of one moment: writes made while it runs wait, and are not in it', async () => {
  await restoreArticles(
    source,
    Array.from({ length: 300 }, (_, i) => makeArticle(i)),
  );
  const before = await rows(source);
  const ids = (await source.articles.orderBy('id').primaryKeys()).map(String);
  const parts: string[] = [];
  const writes: Promise<unknown>[] = [];
  const holding: boolean[] = [];
  await writeBackup(
    source,
    {
      // A slow file: the writes below have every chance to land between two pages.
      write: async (text) => {
        parts.push(text);
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    },
    {
      pageSize: 20,
      pageChars: 20_000,
      pieceChars: 8_000,
      onProgress: ({ articles }) => {
        if (articles < 100 || writes.length > 0) return;
        holding.push(backupHold.current());
        // Before the pages still to come (ids sort, so these are read later) and after.
        writes.push(
          restoreArticles(source, [makeArticle(5000)]),
          updateArticle(source, ids[250] as string, { note: 'edited during the backup' }),
          deleteArticles(source, [ids[280] as string, ids[10] as string]),
          addAnnotation(source, ids[260] as string, { start: 0, end: 5 }, 'green', 'late'),
          updateArticle(source, ids[20] as string, { note: 'an early page, edited' }),
        );
      },
    },
  );
  holding.push(backupHold.current());
  await Promise.all(writes);
  // The writes all happened, after the backup.
  expect(await source.articles.count()).toBe(299);
  expect((await source.articles.get(ids[250] as string))?.note).toBe('edited during the backup');
  // The backup is the archive as it was when it began, to the row.
  expect(await restoreArchive(target, new Blob(parts), 'replace', check)).toMatchObject({
    kind: 'restored',
    added: 300,
  });
  expect(await rows(target)).toEqual(before);
  expect(holding).toEqual([true, false]);
});
