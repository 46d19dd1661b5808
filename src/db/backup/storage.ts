/** How much the origin stores and may store, in bytes. */
export interface StorageUsage {
  readonly usage: number;
  readonly quota: number;
}

// Old engines, insecure origins and Node have no navigator.storage, whatever the DOM types say.
const storageManager = (): Partial<StorageManager> | undefined =>
  (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator?.storage;

/** Whether the browser keeps the archive under storage pressure; 'unsupported' where it cannot say. */
export async function isPersisted(): Promise<boolean | 'unsupported'> {
  const storage = storageManager();
  return storage?.persisted ? storage.persisted() : 'unsupported';
}

/** Asks the browser not to evict the archive under storage pressure; 'unsupported' where it cannot. */
export async function requestPersistence(): Promise<boolean | 'unsupported'> {
  const storage = storageManager();
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  if (await storage.persisted()) return true;
  return storage.persist();
}

/** Storage used and available for this origin, or undefined where the browser does not say. */
export async function storageUsage(): Promise<StorageUsage | undefined> {
  const storage = storageManager();
  if (!storage?.estimate) return undefined;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usage, quota };
}
