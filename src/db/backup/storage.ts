/** How much the origin stores and may store, in bytes. */
export interface StorageUsage {
  readonly usage: number;
  readonly quota: number;
}

/** Asks the browser not to evict the archive under storage pressure; 'unsupported' where it cannot. */
export async function requestPersistence(): Promise<boolean | 'unsupported'> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

/** Storage used and available for this origin, or undefined where the browser does not say. */
export async function storageUsage(): Promise<StorageUsage | undefined> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return undefined;
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota };
}
