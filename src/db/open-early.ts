/** The name of the app's IndexedDB database (the archive). */
export const archiveName = 'verso';

/**
 * Asks the browser to open the archive's database before the page's scripts are done: at 100,000
 * articles the browser's open (its backing store read from disk) otherwise began only once Dexie,
 * the schema's twenty versions and the library's queries were set up, and the first rows waited
 * for both in turn. The connection is closed at once (Chromium keeps the store open a moment for
 * the next, Dexie's, which then opens it warm). It never creates or upgrades anything: an archive
 * that is not there yet is left for Dexie to make with its schema.
 */
export function openArchiveEarly(name = archiveName): void {
  if (typeof indexedDB === 'undefined') return;
  let request: IDBOpenDBRequest;
  try {
    request = indexedDB.open(name);
  } catch {
    return; // Storage refused (a private window, a policy): Dexie says so in words later.
  }
  // No archive yet: abort, so it is not made here at version 1 without its stores.
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onsuccess = () => request.result.close();
  // The abort above, or storage refused: nothing to do, Dexie's own open reports real failures.
  request.onerror = (event) => event.preventDefault();
}
