import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { openArchive } from '../database';
import { writeBackup } from './backup-writer';
import { restoreArticles, updateArticle } from '../articles';
import { makeArticle } from '../../../tests/support/test-articles';

// r16's probe: IndexedDB starts transactions in order, so a write queued behind the backup's
// read-only snapshot held back a library read begun after it until the whole backup was written.
it('a note saved while a backup is written waits for it without holding back the library’s reads', async () => {
  const db = await openArchive(`backup-reads-${crypto.randomUUID()}`);
  await restoreArticles(
    db,
    Array.from({ length: 200 }, (_, i) => makeArticle(i)),
  );
  const ids = (await db.articles.orderBy('id').primaryKeys()).map(String);
  const log: string[] = [];
  const pending: Promise<unknown>[] = [];
  let started = false;
  const slowSink = { write: () => new Promise<void>((resolve) => setTimeout(resolve, 20)) };
  await writeBackup(db, slowSink, {
    pageSize: 20,
    onProgress: ({ articles }) => {
      if (articles < 40 || started) return;
      started = true;
      pending.push(
        updateArticle(db, ids[5] as string, { note: 'saved after' }).then(() =>
          log.push('note saved'),
        ),
      );
      pending.push(
        new Promise((resolve) => setTimeout(resolve, 5))
          .then(() => db.articleSummaries.count())
          .then(() => log.push('library read')),
      );
    },
  });
  log.push('backup written');
  await Promise.all(pending);
  expect(log).toEqual(['library read', 'backup written', 'note saved']);
  expect((await db.articles.get(ids[5] as string))?.note).toBe('saved after');
  db.close();
});
