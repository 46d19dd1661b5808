/**
 * How the library-open bench sees the first row without putting its own work on the page's
 * thread while the page starts: Playwright's locator wait injects its selector engine into the
 * page (~6 ms at load 2, ~55 ms at load 6 in traces) just as the app is starting, so the old
 * figure counted that too. Here a script the browser runs before the page's own watches for the
 * first row, marks it for Element Timing, and resolves with when it was painted; the bench asks
 * for that once, over the DevTools protocol, which injects nothing.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

/** The first row as the page saw it: put in the page, painted, shown (page clock, ms). */
export interface FirstRowSeen {
  readonly insertedMs: number;
  readonly paintedMs: number;
  readonly presentedMs: number;
}

/** The selector of a library row's title: what the user sees first. */
export const firstRowSelector = '.article-slot .article-title';

// Plain JavaScript in a string: tsx's transform names arrow functions with a helper (__name)
// that does not exist in the page.
const watchScript = `(() => {
  const selector = ${JSON.stringify(firstRowSelector)};
  window.__versoFirstRow = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      const title = document.querySelector(selector);
      if (!title) return;
      watch.disconnect();
      const insertedMs = performance.now();
      // Element Timing reports when this text is painted, if it is marked before its first
      // paint (a mutation observer runs before the frame that paints what React committed).
      title.setAttribute('elementtiming', 'verso-first-row');
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntries()[0];
        if (!entry) return;
        observer.disconnect();
        // paintTime: the frame that holds it was painted on the page's thread; presentationTime:
        // the compositor showed it (in headless Chromium ~30 ms later, whatever the page does).
        const shown = entry.presentationTime || entry.renderTime || entry.startTime;
        resolve({ insertedMs, paintedMs: entry.paintTime || shown, presentedMs: shown });
      }).observe({ type: 'element', buffered: true });
    });
    watch.observe(document, { childList: true, subtree: true });
  });
})();`;

/** Watches every page of the context for its first library row (see the file's comment). */
export async function installFirstRowWatch(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: watchScript });
}

/** Waits for the first row of the page `cdp` is attached to, as the page's watch saw it. */
export async function firstRowSeen(cdp: CDPSession): Promise<FirstRowSeen> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: 'window.__versoFirstRow',
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`first-row watch failed: ${exceptionDetails.text}`);
  return result.value as FirstRowSeen;
}
