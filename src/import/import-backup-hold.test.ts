import 'fake-indexeddb/auto';
import { afterEach, expect, it, vi } from 'vitest';
import { openArchive } from '../db/database';
import { writeBackup } from '../db/backup/backup-writer';
import { importItems } from './import-items';
import { nodeDom } from '../../tests/support/node-dom';
import { onWriteBehindBackup } from '../../tests/support/write-behind-backup';

afterEach(() => vi.restoreAllMocks());

// An import already under way when a backup starts has passed its write session's wait for the
// backup. Its next groups' transactions queued in IndexedDB behind the backup's snapshot, and a
// library read begun after them waited for the whole backup (r16's freeze, by another road).
// No timers: the sink holds the backup until the read is done, or lets go once a write has
// queued behind it (the bug), so the order shows which happened whatever the machine's load.
it('an import under way when a backup starts waits for it in the page, so library reads go on', async () => {
  const log: string[] = [];
  let reading: Promise<unknown> | undefined;
  const read = (): Promise<unknown> =>
    (reading ??= db.articleSummaries.count().then(() => log.push('library read')));
  let queuedBehind: () => void = () => undefined;
  const writeQueuedBehindBackup = new Promise<void>((resolve) => (queuedBehind = resolve));
  onWriteBehindBackup(() => {
    if (log.includes('write queued')) return;
    log.push('write queued');
    queuedBehind();
    // The read the bug held back: one begun after the queued write.
    void read();
  });
  const db = await openArchive(`import-backup-hold-${crypto.randomUUID()}`);
  // More than the import keeps in flight (64), so groups are still to be written after the
  // first article is reported.
  const items = Array.from({ length: 200 }, (_, i) => ({
    kind: 'paste' as const,
    text: `Harbour report ${i}: the council said on day ${i} that ${i * 7919} boats were moored.`,
  }));
  let backup: Promise<unknown> | undefined;
  const results = await importItems(db, items, {
    ...nodeDom,
    onProgress: () => {
      backup ??= writeBackup(db, {
        // The backup keeps its snapshot until this settles; a library read begun now must finish.
        write: () => Promise.race([read(), writeQueuedBehindBackup]).then(() => undefined),
      }).then(() => log.push('backup written'));
    },
  });
  log.push('import done');
  await Promise.all([backup, reading]);
  expect(log).toEqual(['library read', 'backup written', 'import done']);
  expect(results.filter((r) => r.kind === 'added')).toHaveLength(200);
  expect(await db.articles.count()).toBe(200);
  db.close();
});
