/** The name of the app's IndexedDB database (the archive). */
export const archiveName = 'verso';

/**
 * Asks the browser to open the archive's database before the page's scripts are done: at 100,000
 * articles the browser's open (its backing store read from disk) otherwise began only once Dexie,
 * the schema's twenty versions and the library's queries were set up, and the first rows waited
 * for both in turn. The connection is closed at once (Chromium keeps the store open a moment for
 * the next, Dexie's, which then opens it warm). It never creates or upgrades anything: an archive
 * that is not there yet is left for Dexie to make with its schema.
 * Resolves with the archive's version as IndexedDB stores it (Dexie's times ten; 0 when there is
 * no archive yet), so the page declares only the schema it needs (database.ts, schemaFor), or
 * undefined when the browser would not open it (Dexie's own open then says why).
 */
export function openArchiveEarly(name = archiveName): Promise<number | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(undefined); // Storage refused (a private window, a policy): Dexie says so in words later.
      return;
    }
    let absent = false;
    // No archive yet: abort, so it is not made here at version 1 without its stores.
    request.onupgradeneeded = (event) => {
      absent = event.oldVersion === 0;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const { version } = request.result;
      request.result.close();
      resolve(version);
    };
    // The abort above, or storage refused: Dexie's own open reports real failures.
    request.onerror = (event) => {
      event.preventDefault();
      resolve(absent ? 0 : undefined);
    };
  });
}
