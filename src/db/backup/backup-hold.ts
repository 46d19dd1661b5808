/**
 * Whether a backup is being written in this tab. While it is, the archive's writes wait for it
 * (the export holds one read-only snapshot: snapshot-reader.ts), so views that write — an
 * import's progress — say why they are waiting rather than seem stuck.
 */
class BackupHold {
  private running = 0;
  private readonly listeners = new Set<() => void>();
  private waiting: (() => void)[] = [];

  /** Marks a backup as begun; the returned function marks it ended (once). */
  begin(): () => void {
    this.set(this.running + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.set(this.running - 1);
    };
  }

  /** True while a backup holds the archive's writes back (for useSyncExternalStore). */
  readonly current = (): boolean => this.running > 0;

  /** Resolves once no backup of this tab is being written (at once when none is). */
  readonly ended = (): Promise<void> =>
    this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));

  /** Calls `listener` when a backup begins or ends; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private set(running: number): void {
    const was = this.running > 0;
    this.running = running;
    if (was !== running > 0) for (const listener of this.listeners) listener();
    if (running > 0) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

/** The one hold of this tab: the backup section begins it, an import's progress shows it. */
export const backupHold = new BackupHold();
