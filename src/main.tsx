import { readLibraryEarly } from './ui/library/first-window';
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
// The library's first reads start now, before React and the app's shell are loaded: this first
// part of the bundle is only the database and the library's queries, so opening the database and
// reading its first rows overlap fetching, compiling and running the rest (see first-window.ts).
if (parseRoute(window.location.hash).kind === 'library') readLibraryEarly();
const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
import('./ui/start-app').then(
  ({ startApp }) => startApp(root),
  (error: unknown) => {
    takeEarlyKeys();
    showStartFailure(root, error);
  },
);
