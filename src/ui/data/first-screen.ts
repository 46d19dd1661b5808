import { useEffect, useState } from 'react';

/**
 * When the app's first screen has shown what it opened for (the library its first rows), so
 * start-up work that can wait — loading the search index, checking the kept counts — does not
 * compete with it for the database: at 100,000 articles that work reads hundreds of megabytes.
 */
let shown: () => void = () => undefined;
let isShown = false;
const firstScreen = new Promise<void>((resolve) => (shown = resolve)).then(() => {
  isShown = true;
});

/** Most a screen that never says so (a reader opened by its address) holds start-up work back. */
const fallbackMs = 3000;

/** Says the first screen is on show (called once its content is; later calls do nothing). */
export function firstScreenShown(): void {
  shown();
}

/**
 * False until the first screen has shown its content (or the fallback passed) and the page has
 * then been idle once: for a screen's secondary reads (badges, filter choices), which would
 * otherwise queue in IndexedDB (one request at a time) before its rows, and then keep the page
 * busy with their answers (300 for the library's first window) just as the rows are painted.
 */
export function useFirstScreenShown(): boolean {
  const [done, setDone] = useState(isShown && idledSince);
  useEffect(() => {
    if (done) return;
    let current = true;
    void afterFirstScreen()
      .then(afterIdle)
      .then(() => current && setDone(true));
    return () => {
      current = false;
    };
  }, [done]);
  return done;
}

let idledSince = false;

function afterIdle(): Promise<void> {
  return new Promise((resolve) => {
    const settle = (): void => {
      idledSince = true;
      resolve();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(settle, { timeout: 500 });
    else setTimeout(settle, 50);
  });
}

/** Resolves once the first screen has shown its content, or after a few seconds at most. */
export function afterFirstScreen(): Promise<void> {
  return Promise.race([
    firstScreen,
    new Promise<void>((resolve) => setTimeout(resolve, fallbackMs)),
  ]);
}
