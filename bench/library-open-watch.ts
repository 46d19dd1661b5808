/**
 * How the library-open bench sees the first row without putting its own work on the page's
 * thread while the page starts: Playwright's locator wait injects its selector engine into the
 * page (~6 ms at load 2, ~55 ms at load 6 in traces) just as the app is starting, so the old
 * figure counted that too. Here a script the browser runs before the page's own watches for the
 * first row, marks it for Element Timing, and resolves with when it was painted; the bench asks
 * for that once, over the DevTools protocol, which injects nothing. A row the page drew before
 * React (first-page.ts) and React then replaced is timed by the first contentful paint, when
 * that came while it was in the page (Chromium drops a replaced element's Element Timing).
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
    let done = false;
    const finish = (seen) => {
      if (done) return;
      done = true;
      watch.disconnect();
      resolve(seen);
    };
    // The title being watched, and titles taken out of the page before their paint was reported.
    let title = null;
    let insertedMs = 0;
    const gone = [];
    let firstPaint = null;
    // A title drawn before the app (first-page.ts) is replaced by React's in the page once its
    // frame is painted, and Chromium then drops its Element Timing report. Such a title was on
    // screen if the page's first contentful paint came while it was in the page (nothing with
    // text was painted before it): that paint is its frame.
    const paintedWhileIn = () => {
      if (!firstPaint) return;
      const at = firstPaint.paintTime || firstPaint.startTime;
      const seen = gone.find((t) => at >= t.insertedMs && at <= t.removedMs);
      if (seen)
        finish({ insertedMs: seen.insertedMs, paintedMs: at, presentedMs: firstPaint.startTime });
    };
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      firstPaint = entry;
      paintedWhileIn();
    }).observe({ type: 'paint', buffered: true });
    const watch = new MutationObserver(() => {
      if (title && !title.isConnected) {
        gone.push({ insertedMs, removedMs: performance.now() });
        title = null;
        paintedWhileIn();
      }
      if (title || done) return;
      const found = document.querySelector(selector);
      if (!found) return;
      title = found;
      insertedMs = performance.now();
      const watched = found;
      const watchedAt = insertedMs;
      // Element Timing reports when this text is painted, if it is marked before its first
      // paint (a mutation observer runs before the frame that paints what React committed).
      found.setAttribute('elementtiming', 'verso-first-row');
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntries().find((e) => e.element === watched);
        if (!entry) return;
        observer.disconnect();
        // paintTime: the frame that holds it was painted on the page's thread; presentationTime:
        // the compositor showed it (in headless Chromium ~30 ms later, whatever the page does).
        const shown = entry.presentationTime || entry.renderTime || entry.startTime;
        finish({ insertedMs: watchedAt, paintedMs: entry.paintTime || shown, presentedMs: shown });
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

/** The empty archive's first screen (sample-offer.tsx): what a new user sees first. */
export const firstScreenSelector = '.sample-offer';

/**
 * When the empty archive's first screen heading was painted (page clock, ms), by its Element
 * Timing mark (`first-screen`, set by the app): for the open at 0 articles, where no row comes.
 */
export async function firstScreenSeen(cdp: CDPSession): Promise<number> {
  const expression = `new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((e) => e.identifier === 'first-screen');
      if (!entry) return;
      observer.disconnect();
      resolve(entry.paintTime || entry.renderTime || entry.startTime);
    }).observe({ type: 'element', buffered: true });
  })`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`first-screen watch failed: ${exceptionDetails.text}`);
  return result.value as number;
}
