import { vi } from 'vitest';
import { backupHold } from '../../src/db/backup/backup-hold';

/**
 * Calls `queued` each time a read-write transaction is created while a backup holds its snapshot:
 * the write the backup's hold is there to keep out of IndexedDB, where it would hold back every
 * later read of its tables. Call it before the archive opens (Dexie binds the method when it
 * opens); `vi.restoreAllMocks()` undoes it.
 */
export function onWriteBehindBackup(queued: () => void): void {
  const transaction = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores,
    mode,
    options,
  ) {
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite' && backupHold.current()) queued();
    return tx;
  });
}
