import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from './database';
import { withWriteSession, withWritesHeld } from './write-session';

/** Exclusive Web Locks for one process, as far as write-session.ts uses them. */
function fakeLocks() {
  const held = new Set<string>();
  const queue: { name: string; grant: () => void }[] = [];
  const next = (name: string): void => {
    const i = queue.findIndex((q) => q.name === name);
    if (i >= 0) queue.splice(i, 1)[0]?.grant();
  };
  async function request<T>(
    name: string,
    optionsOrCallback: { ifAvailable?: boolean; signal?: AbortSignal } | (() => Promise<T>),
    maybeCallback?: (lock: unknown) => Promise<T>,
  ): Promise<T> {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    const callback = (maybeCallback ?? optionsOrCallback) as (lock: unknown) => Promise<T>;
    const run = async (): Promise<T> => {
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
        next(name);
      }
    };
    if (!held.has(name) && !queue.some((q) => q.name === name)) return run();
    if (options.ifAvailable) return callback(null);
    options.signal?.throwIfAborted();
    return new Promise<T>((resolve, reject) => {
      const entry = { name, grant: () => void run().then(resolve, reject) };
      queue.push(entry);
      options.signal?.addEventListener('abort', () => {
        const at = queue.indexOf(entry);
        if (at >= 0) queue.splice(at, 1);
        reject(options.signal?.reason);
      });
    });
  }
  return {
    request,
    query: async () => ({
      held: [...held].map((name) => ({ name })),
      pending: queue.map(({ name }) => ({ name })),
    }),
    held,
  };
}

const realNavigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
afterEach(() => {
  if (realNavigator) Object.defineProperty(globalThis, 'navigator', realNavigator);
});

describe('a write session while another tab writes a backup', () => {
  it('says it waits for the backup, stops waiting on abort, and never takes the lock after', async () => {
    const locks = fakeLocks();
    Object.defineProperty(globalThis, 'navigator', { value: { locks }, configurable: true });
    const name = `wait-${crypto.randomUUID()}`;
    // Two handles on one archive stand for two tabs: sessions are kept per handle.
    const [exporting, importing] = [await openArchive(name), await openArchive(name)];
    let finishBackup: () => void = () => undefined;
    const backup = withWritesHeld(
      exporting,
      () => new Promise<void>((resolve) => (finishBackup = resolve)),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([...locks.held].sort()).toEqual([
      `verso-archive-backup:${name}`,
      `verso-archive-writes:${name}`,
    ]);

    const told: boolean[] = [];
    const abort = new AbortController();
    let wrote = false;
    const waiting = withWriteSession(
      importing,
      async () => {
        wrote = true;
      },
      { signal: abort.signal, onWaitingForBackup: (w) => told.push(w) },
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(told).toEqual([true]);
    abort.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    expect(told).toEqual([true, false]);

    finishBackup();
    await backup;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(wrote).toBe(false);
    expect([...locks.held]).toEqual([]);
    // The next write takes the lock at once, and is not told of any backup.
    const after: boolean[] = [];
    await withWriteSession(importing, async () => undefined, {
      onWaitingForBackup: (w) => after.push(w),
    });
    expect(after).toEqual([]);
    exporting.close();
    await importing.delete();
  });
});
