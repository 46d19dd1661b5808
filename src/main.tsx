import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseHost } from './host/choose-host';
import { App } from './ui/app';
import { HostContext } from './ui/host-context';
import { readLibraryEarly } from './ui/library/first-window';
import { parseRoute } from './ui/shell/route';
import './ui/styles.css';

// For the scale bench: where the page's own start (fetching and compiling this bundle) ends and
// the app's begins, so a slow library open can be told apart from a slow page load.
performance.mark('verso:app-start');
// The library's first reads start now, overlapping React's first render (see first-window.ts).
if (parseRoute(window.location.hash).kind === 'library') readLibraryEarly();
const host = chooseHost();
const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <HostContext value={host}>
      <App />
    </HostContext>
  </StrictMode>,
);
