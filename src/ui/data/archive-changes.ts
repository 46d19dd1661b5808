import { Dexie, type ObservabilitySet } from 'dexie';

/**
 * A change counter for the library's data, raised at most once a second however fast articles
 * are written. Dexie's live queries re-run on every committed write; during an import that is one
 * re-read of the library's page, counts and sources per article, which at 10,000 articles cost
 * more than the import itself. Here the first change shows at once and a burst of them is shown
 * once a second (and once more when it ends). Changes from other tabs count too (Dexie relays
 * them).
 */
const minIntervalMs = 1000;
/** Tables whose changes the library shows. */
const shownTables = ['articles', 'stories', 'tags', 'facets'];

let version = 0;
let lastRaised = -Infinity;
let pending: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();
let watching = false;

function raise(): void {
  pending = null;
  lastRaised = performance.now();
  version += 1;
  for (const listener of listeners) listener();
}

function touchesShownTables(parts: ObservabilitySet, dbName: string): boolean {
  return Object.keys(parts).some((part) =>
    shownTables.some((table) => part.startsWith(`idb://${dbName}/${table}/`)),
  );
}

function watch(dbName: string): void {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', (parts) => {
    if (!touchesShownTables(parts, dbName) || pending) return;
    const wait = lastRaised + minIntervalMs - performance.now();
    if (wait <= 0) raise();
    else pending = setTimeout(raise, wait);
  });
}

/** Subscribes to the counter (for useSyncExternalStore). */
export function subscribeToArchiveChanges(dbName: string, listener: () => void): () => void {
  watch(dbName);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The counter's current value. */
export function archiveChangeVersion(): number {
  return version;
}
