/** What holding the quit needs: whether anything is left to finish, and how to finish it. */
export interface QuitWork {
  readonly pending: () => boolean;
  readonly finish: () => Promise<unknown>;
  /** Quits again once the work is done (or the wait is over). */
  readonly quit: () => void;
  /** The longest the quit waits: a disk that hangs must not keep the app from quitting. */
  readonly limitMs?: number;
  readonly timer?: (done: () => void, ms: number) => void;
}

/**
 * A 'before-quit' listener that holds the quit while saves are aborted and readings closed
 * (a hidden `.partial` of an export cut off by quitting is deleted first), at most `limitMs`,
 * then quits again; that second quit, or one with nothing pending, goes straight through.
 */
export function holdQuit(work: QuitWork): (event: { preventDefault(): void }) => void {
  const {
    pending,
    finish,
    quit,
    limitMs = 5000,
    timer = (done, ms) => setTimeout(done, ms),
  } = work;
  let state: 'open' | 'holding' | 'done' = 'open';
  return (event) => {
    if (state === 'done' || (state === 'open' && !pending())) return;
    event.preventDefault();
    if (state === 'holding') return;
    state = 'holding';
    const waited = new Promise<void>((done) => timer(done, limitMs));
    void Promise.race([finish().catch(() => undefined), waited]).then(() => {
      state = 'done';
      quit();
    });
  };
}
