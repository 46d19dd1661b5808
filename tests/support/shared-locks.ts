/**
 * Web Locks for one process with shared and exclusive modes, granted in request order as the
 * standard says (a shared request queued behind an exclusive one waits for it), for code that
 * uses `navigator.locks` where Node has none. `install` puts them on `globalThis.navigator`.
 */
export function sharedLocks() {
  type Mode = 'exclusive' | 'shared';
  const held = new Map<string, { mode: Mode; count: number }>();
  const queue: { name: string; mode: Mode; grant: () => void }[] = [];
  const free = (name: string, mode: Mode): boolean => {
    const now = held.get(name);
    return !now || (now.mode === 'shared' && mode === 'shared');
  };
  const grantWaiting = (): void => {
    for (let i = 0; i < queue.length;) {
      const entry = queue[i];
      const earlier = queue.slice(0, i).some((q) => q.name === entry?.name);
      if (entry && !earlier && free(entry.name, entry.mode)) {
        queue.splice(i, 1);
        entry.grant();
        i = 0;
      } else i++;
    }
  };
  async function request<T>(
    name: string,
    options: { mode?: Mode },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T> {
    const mode = options.mode ?? 'exclusive';
    const run = async (): Promise<T> => {
      const now = held.get(name);
      held.set(name, { mode, count: (now?.count ?? 0) + 1 });
      try {
        return await callback({ name, mode });
      } finally {
        const after = held.get(name);
        if (after && after.count > 1) after.count--;
        else held.delete(name);
        grantWaiting();
      }
    };
    if (free(name, mode) && !queue.some((q) => q.name === name)) return run();
    return new Promise<T>((resolve, reject) => {
      queue.push({ name, mode, grant: () => void run().then(resolve, reject) });
    });
  }
  return {
    request,
    /** The names held now, and how many hold each. */
    holders: (name: string): number => held.get(name)?.count ?? 0,
    install(): void {
      Object.defineProperty(globalThis, 'navigator', {
        value: { locks: { request } },
        configurable: true,
      });
    },
  };
}

/** Whether `promise` has settled yet, asked later (a load waiting on a lock, say). */
export function watchSettled(promise: Promise<unknown>): () => boolean {
  let settled = false;
  const mark = (): void => void (settled = true);
  promise.then(mark, mark);
  return () => settled;
}

/** A little while: long enough for granted locks' callbacks and settled promises to run. */
export const aWhile = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
