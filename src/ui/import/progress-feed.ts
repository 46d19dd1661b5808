/** How far a running import is: items done and the last one's label. */
export interface ImportProgress {
  readonly done: number;
  readonly label: string;
  /** The import waits for another window's export to be written before it begins. */
  readonly waitingForBackup?: boolean;
}

/**
 * A running import's progress, kept outside React state so that only the progress bar re-renders,
 * and at most every `intervalMs`. As App state, every imported article re-rendered the whole app
 * (library included): at 1,000 files that was 1,000 renders of the library during the import.
 */
export interface ProgressFeed {
  readonly current: () => ImportProgress;
  readonly subscribe: (listener: () => void) => () => void;
  /** Records progress; listeners hear of it within `intervalMs`. */
  readonly report: (progress: ImportProgress) => void;
}

/** A progress feed that tells its listeners at most once per `intervalMs`. */
export function createProgressFeed(intervalMs = 100): ProgressFeed {
  let value: ImportProgress = { done: 0, label: '' };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();
  const tell = (): void => {
    timer = null;
    for (const listener of listeners) listener();
  };
  return {
    current: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(progress) {
      value = progress;
      timer ??= setTimeout(tell, intervalMs);
    },
  };
}
