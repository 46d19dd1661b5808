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
/** A listener re-runs its query and says when the answer is in. */
type Listener = () => Promise<unknown>;
const listeners = new Set<Listener>();
let watching = false;

function raise(): Promise<unknown> {
  pending = null;
  lastRaised = performance.now();
  version += 1;
  return Promise.allSettled([...listeners].map((listener) => listener()));
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
    if (wait <= 0) void raise();
    else pending = setTimeout(() => void raise(), wait);
  });
}

/**
 * Shows the changes held back at once, resolving when every query listening has its new answer:
 * an import that just ended says how many it added, and the list must show them by then, not up
 * to a second later (rows that arrived after the summary pushed the others down, under the
 * pointer). Dexie signals a commit on a timer, so this first lets that timer run.
 */
export async function showArchiveChangesNow(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (!pending) return;
  clearTimeout(pending);
  await raise();
}

/** Calls `listener` on each change shown (its promise: when its query has answered). */
export function subscribeToArchiveChanges(dbName: string, listener: Listener): () => void {
  watch(dbName);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The counter's current value. */
export function archiveChangeVersion(): number {
  return version;
}

/**
 * Re-runs every listening query now, for a change the counter cannot hear: where lists read
 * from (see db/list-source.ts) changed without an article written.
 */
export function showArchiveChangedNow(): Promise<unknown> {
  if (pending) clearTimeout(pending);
  return raise();
}
