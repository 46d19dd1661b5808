/** The Web Locks API as the archive uses it (typed here: tests run where there is none). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
  request<T>(
    name: string,
    options: {
      readonly mode?: 'exclusive' | 'shared';
      readonly ifAvailable?: boolean;
      readonly signal?: AbortSignal;
    },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
  query(): Promise<{
    held?: readonly { name?: string }[];
    pending?: readonly { name?: string }[];
  }>;
}

/** This context's Web Locks (a page's or a worker's), or undefined where there are none. */
export function lockManager(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}
