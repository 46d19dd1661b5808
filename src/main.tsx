// First, before the modules below are evaluated: the browser opens the archive meanwhile.
import { archiveOpenedEarly } from './open-archive-first';
import { archiveFoundAt } from './ui/data/archive';
import { drawFirstPage } from './ui/library/first-page';
import { firstAnswersTaken, readLibraryEarly } from './ui/library/first-window';
import { prepareRowFormats } from './ui/library/library-row';
import { holdEarlyKeys, takeEarlyKeys } from './ui/shell/early-keys';
import { parseRoute } from './ui/shell/route';
import { showStartFailure } from './ui/shell/start-failure';
import './ui/styles.css';

// For the scale bench: where the page's own start (fetching and compiling this first part of the
// bundle) ends and the app's begins, so a slow library open can be told apart from a slow page load.
performance.mark('verso:app-start');
// The app's key listeners come with the second part: a shortcut pressed before then is held and
// played back once the shell listens (early-keys.ts).
holdEarlyKeys();
const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
// What the early open learned decides the schema Dexie is given (database.ts): at the current
// version, the current one alone; the twenty versions' history only when an upgrade may be due.
const schemaKnown = archiveOpenedEarly.then((stored) => {
  performance.mark('verso:early-open');
  archiveFoundAt(stored);
});
const onLibrary = (): boolean => parseRoute(window.location.hash).kind === 'library';

/** Most the second part waits for the library's first rows to be drawn before it starts. */
const firstPageWaitMs = 250;

/** Loads and starts the second part: React, the host, the shell and the library screen. */
const startSecondPart = (): void => {
  import('./ui/start-app').then(
    ({ startApp }) => startApp(root),
    (error: unknown) => {
      takeEarlyKeys();
      showStartFailure(root, error);
    },
  );
};

/** After the frame that shows what was just drawn (or a moment, if no frame comes: a hidden window). */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

// The library's first reads start now, before React and the app's shell are loaded: this first
// part of the bundle is only the database and the library's queries. Their answers are drawn as
// plain DOM (first-page.ts) and painted before the second part runs: running it is one long task
// (~150 ms of React's evaluation, then its first render) that would hold the rows back until then.
if (onLibrary()) {
  const drawn = schemaKnown.then(readLibraryEarly).then(async (answers) => {
    if (!answers || answers.count === 0 || !onLibrary() || firstAnswersTaken()) return;
    drawFirstPage(root, answers);
    performance.mark('verso:first-page-drawn');
    await afterPaint();
  });
  // A slow archive (an upgrade under way) holds the app back no longer than this.
  const waited = new Promise((resolve) => setTimeout(resolve, firstPageWaitMs));
  // Rows that could not be drawn early are the app's to draw: it starts whatever happened.
  const settled = drawn.catch((error: unknown) => {
    console.error('Verso: the first rows could not be drawn early', error);
  });
  void Promise.race([settled, waited]).then(startSecondPart);
  // The formatters the rows need, made in the next task, while the browser opens the archive.
  setTimeout(prepareRowFormats, 0);
} else startSecondPart();
