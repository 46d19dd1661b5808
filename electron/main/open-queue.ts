/**
 * Holds files the OS asked us to open until the page listens: an "Open with" at launch or a
 * macOS open-file event arrives before the renderer has subscribed, and must not be lost.
 */
export interface OpenQueue<T> {
  /** Sends the files now if the page is listening, else keeps them for `take`. */
  offer(files: readonly T[], send: (files: T[]) => boolean): void;
  /** The page is listening: hands over what waited, and later files go straight to it. */
  take(): T[];
  /** The page is (re)loading: queue again until it asks. */
  reset(): void;
}

/** A new, empty queue. */
export function createOpenQueue<T>(): OpenQueue<T> {
  let listening = false;
  const waiting: T[] = [];
  return {
    offer(files, send) {
      if (files.length === 0) return;
      if (listening && send([...files])) return;
      waiting.push(...files);
    },
    take() {
      listening = true;
      return waiting.splice(0);
    },
    reset() {
      listening = false;
    },
  };
}
