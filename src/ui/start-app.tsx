import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { chooseHost } from '../host/choose-host';
import { App } from './app';
import { HostContext } from './host-context';

/**
 * Renders the app into `root`: React and the app's shell load as the second part of the page's
 * start, after main.tsx has set the library's first reads going (see main.tsx).
 */
export function startApp(root: HTMLElement): void {
  // For the library-open bench: when React and the shell were in and the first render began.
  performance.mark('verso:app-render');
  const host = chooseHost();
  createRoot(root).render(
    <StrictMode>
      <HostContext value={host}>
        <App />
      </HostContext>
    </StrictMode>,
  );
}
