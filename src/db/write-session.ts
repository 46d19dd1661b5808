import type { ArchiveDatabase } from './database';
import { announceChange } from './changes';
import { backupHold } from './backup/backup-hold';
import { lockManager } from './web-locks';

/**
 * Writes to the archive from several tabs of the web build, made safe for derived data. Every
 * write runs in a write session: a Web Lock held by one tab at a time (writes within one tab
 * share it, so an edit during an import does not wait for the import), and whoever takes the
 * lock first brings derived data up to what other tabs wrote (`batch-starting`: the search index
 * reloads or rebuilds if the archive's revision moved). A tab that holds the lock while others
 * wait saves its derived data before letting go, so they load it rather than rebuild; and every
 * ending is told to the other tabs, which catch up before their next search. The desktop app
 * has one window, where this costs one uncontended lock per session.
 */

interface Session {
  count: number;
  /** Set when this tab holds the write lock (at once where there are no Web Locks). */
  granted: boolean;
  readonly ready: Promise<void>;
  readonly release: () => void;
  /** Withdraws a lock request not yet granted (the last writer stopped waiting). */
  readonly withdraw: () => void;
  /** Settles when the session has ended. */
  readonly ended: Promise<void>;
  readonly markEnded: () => void;
}

const sessions = new WeakMap<ArchiveDatabase, Session>();

const lockName = (db: ArchiveDatabase): string => `verso-archive-writes:${db.name}`;
/** Held, inside the write lock, by a tab writing a backup (withWritesHeld): others say so. */
const backupLockName = (db: ArchiveDatabase): string => `verso-archive-backup:${db.name}`;
const channelName = (db: ArchiveDatabase): string => `verso-archive:${db.name}`;

function begin(db: ArchiveDatabase): Session {
  const locks = lockManager();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const stop = new AbortController();
  const session: Session = {
    count: 0,
    granted: !locks,
    ready: Promise.resolve(),
    release: () => release(),
    withdraw: () => {
      stop.abort();
      // Granted in the same turn as the abort: let it go at once.
      release();
    },
    ended: Promise.resolve(),
    markEnded: () => undefined,
  };
  const acquired = locks
    ? new Promise<void>((resolve) => {
        // A withdrawn request rejects; nobody waits for it any more.
        locks
          .request(lockName(db), { signal: stop.signal }, () => {
            session.granted = true;
            resolve();
            return held;
          })
          .catch(() => undefined);
      })
    : Promise.resolve();
  // Derived data that cannot catch up is rebuilt later; it never stops a write.
  const ready = acquired.then(() =>
    announceChange(db, { kind: 'batch-starting' }).catch(() => undefined),
  );
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  return Object.assign(session, { ready, ended, markEnded });
}

async function end(db: ArchiveDatabase, session: Session): Promise<void> {
  const locks = lockManager();
  try {
    const waiting = (await locks?.query())?.pending?.some((lock) => lock.name === lockName(db));
    if (waiting) await announceChange(db, { kind: 'batch-ended' });
  } catch {
    // The next tab rebuilds what it cannot load.
  } finally {
    session.release();
    tellOtherTabs(db);
  }
}

/** Options for `withWriteSession`. */
export interface WriteSessionOptions {
  /**
   * Called with true when the session waits for a backup being written in another tab (an
   * export there holds the archive's writes until its file is written), then false once it may
   * write. Not called when it does not wait for one.
   */
  readonly onWaitingForBackup?: (waiting: boolean) => void;
  /** Stops the wait for the write lock (the promise rejects with the signal's reason). */
  readonly signal?: AbortSignal;
}

/** Runs `work` (which writes articles) inside this tab's write session of `db`. */
export async function withWriteSession<T>(
  db: ArchiveDatabase,
  work: () => Promise<T>,
  options: WriteSessionOptions = {},
): Promise<T> {
  options.signal?.throwIfAborted();
  let session = sessions.get(db);
  if (!session) sessions.set(db, (session = begin(db)));
  session.count++;
  try {
    await untilReady(db, session, options);
    // A backup being written holds one read-only snapshot (backup-writer.ts). A write queued in
    // IndexedDB behind it would hold back every later read of its tables too (the library's
    // rows, for a note saved), until the backup ends; waiting here instead, reads go on.
    await backupHold.ended();
    return await work();
  } finally {
    if (--session.count === 0) {
      sessions.delete(db);
      if (session.granted) {
        // Stopped between the grant and its catch-up: end after it, as any session ends.
        await session.ready;
        await end(db, session);
      } else session.withdraw();
      session.markEnded();
    }
  }
}

/**
 * Waits for the session's lock and catch-up, saying when that is a wait for another tab's backup
 * and stopping at the signal. The lock request stays while other writers of this tab wait on it.
 */
async function untilReady(
  db: ArchiveDatabase,
  session: Session,
  { signal, onWaitingForBackup }: WriteSessionOptions,
): Promise<void> {
  if (session.granted || (!signal && !onWaitingForBackup)) return session.ready;
  // Set from the query's callback; an object, so the check below is not narrowed to false.
  const told = { waiting: false };
  if (onWaitingForBackup)
    void backupElsewhere(db).then((found) => {
      if (!found || session.granted || signal?.aborted) return;
      told.waiting = true;
      onWaitingForBackup(true);
    });
  try {
    await new Promise<void>((resolve, reject) => {
      const stop = (): void => reject(signal?.reason);
      signal?.addEventListener('abort', stop, { once: true });
      void session.ready.then(() => {
        signal?.removeEventListener('abort', stop);
        resolve();
      });
    });
  } finally {
    if (told.waiting) onWaitingForBackup?.(false);
  }
}

/** True when another tab holds the archive's writes to write a backup. */
async function backupElsewhere(db: ArchiveDatabase): Promise<boolean> {
  try {
    const state = await lockManager()?.query();
    return state?.held?.some((lock) => lock.name === backupLockName(db)) ?? false;
  } catch {
    return false;
  }
}

/** Options for `withWritesHeld`. */
export interface HoldWritesOptions {
  /** Called once, before waiting, when another tab's write session holds the archive. */
  readonly onWaiting?: () => void;
  /** Stops the wait (the promise rejects with the signal's reason); not `work` once begun. */
  readonly signal?: AbortSignal;
}

/**
 * Runs `work` (which reads the archive as one moment: a backup) with every tab's writes held
 * back: it takes the write lock, first waiting for another tab's write session to end (an import
 * there; `onWaiting` says so). Writes that come meanwhile wait for the lock, not in IndexedDB
 * behind the backup's snapshot, where they would hold back that tab's reads too. When this tab
 * holds the lock already its sessions wait for the backup in the page (`backupHold`), as before.
 */
export async function withWritesHeld<T>(
  db: ArchiveDatabase,
  work: () => Promise<T>,
  options: HoldWritesOptions = {},
): Promise<T> {
  const locks = lockManager();
  if (!locks || sessions.has(db)) return work();
  options.signal?.throwIfAborted();
  // Inside the write lock, the backup lock tells other tabs' writers why they wait.
  const marked = (): Promise<T> => locks.request(backupLockName(db), () => work());
  const now = await locks.request(lockName(db), { ifAvailable: true }, async (lock) =>
    lock ? { value: await marked() } : undefined,
  );
  if (now) return now.value;
  options.onWaiting?.();
  const signal = options.signal;
  return locks.request(lockName(db), signal ? { signal } : {}, () => marked());
}

function tellOtherTabs(db: ArchiveDatabase): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName(db));
  channel.postMessage('written');
  channel.close();
}

/** Calls `listener` whenever another tab ends a write session on `db`; returns the unsubscribe. */
export function onOtherTabWrites(db: ArchiveDatabase, listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(channelName(db));
  channel.onmessage = () => listener();
  return () => channel.close();
}

/**
 * Resolves once no write session of this tab is open on `db` (at once when none is): for
 * background reads that would otherwise hold the tables an import is writing.
 */
export async function afterWrites(db: ArchiveDatabase): Promise<void> {
  for (let session = sessions.get(db); session; session = sessions.get(db))
    await session.ended.catch(() => undefined);
}
