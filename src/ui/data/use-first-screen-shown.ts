import { useEffect, useState } from 'react';
import { afterFirstScreen, firstScreenIsShown } from './first-screen';

// The hook apart from first-screen.ts, which the page's first part loads: that part has no React.

/**
 * False until the first screen has shown its content (or the fallback passed) and the page has
 * then been idle once: for a screen's secondary reads (badges, filter choices), which would
 * otherwise queue in IndexedDB (one request at a time) before its rows, and then keep the page
 * busy with their answers (300 for the library's first window) just as the rows are painted.
 */
export function useFirstScreenShown(): boolean {
  const [done, setDone] = useState(firstScreenIsShown() && idledSince);
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
