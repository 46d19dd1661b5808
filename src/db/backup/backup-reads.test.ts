import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { openArchive } from '../database';
import { writeBackup } from './backup-writer';
import { restoreArticles, updateArticle } from '../articles';
import { makeArticle } from '../../../tests/support/test-articles';
import { onWriteBehindBackup } from '../../../tests/support/write-behind-backup';

afterEach(() => vi.restoreAllMocks());

// r16's probe: IndexedDB starts transactions in order, so a write queued behind the backup's
// read-only snapshot held back a library read begun after it until the whole backup was written.
// No timers: the sink holds the backup open until the library read is done, so the order cannot
// turn on how busy the machine is. It lets go early only if the note's write reached IndexedDB
// while the backup held its snapshot (the bug), so the old session fails here rather than hangs.
it('a note saved while a backup is written waits for it without holding back the library’s reads', async () => {
  const log: string[] = [];
  let reading: Promise<unknown> | undefined;
  const read = (): Promise<unknown> =>
    (reading ??= db.articleSummaries.count().then(() => log.push('library read')));
  let queuedBehind: () => void = () => undefined;
  const writeQueuedBehindBackup = new Promise<void>((resolve) => (queuedBehind = resolve));
  onWriteBehindBackup(() => {
    log.push('write queued behind the backup');
    queuedBehind();
    // The read the bug held back: one begun after the queued write.
    void read();
  });
  const db = await openArchive(`backup-reads-${crypto.randomUUID()}`);
  await restoreArticles(
    db,
    Array.from({ length: 200 }, (_, i) => makeArticle(i)),
  );
  const ids = (await db.articles.orderBy('id').primaryKeys()).map(String);
  let saving: Promise<unknown> | undefined;

  const sink = {
    // The backup keeps its snapshot until this settles; a library read begun now must finish.
    write: () => Promise.race([read(), writeQueuedBehindBackup]).then(() => undefined),
  };
  await writeBackup(db, sink, {
    pageSize: 20,
    onProgress: ({ articles }) => {
      if (articles < 40 || saving) return;
      saving = updateArticle(db, ids[5] as string, { note: 'saved after' }).then(() =>
        log.push('note saved'),
      );
    },
  });
  log.push('backup written');
  await Promise.all([saving, reading]);
  expect(log).toEqual(['library read', 'backup written', 'note saved']);
  expect((await db.articles.get(ids[5] as string))?.note).toBe('saved after');
  db.close();
});
