import { useEffect, useState } from 'react';
import type { MenuCommand } from '../shared/commands';
import { sampleArticle } from '../sample/sample-article';
import { useHost } from './host-context';
import { SampleOffer } from './library/sample-offer';
import { PlainReader } from './reader/plain-reader';
import { AboutDialog } from './shell/about-dialog';
import { useTheme } from './use-theme';

type View = { kind: 'library' } | { kind: 'sample' };

/** The app shell: header, the current view, and the wiring of menu commands. */
export function App() {
  const host = useHost();
  const { theme, toggle } = useTheme();
  const [view, setView] = useState<View>({ kind: 'library' });
  const [aboutOpen, setAboutOpen] = useState(false);

  useEffect(() => {
    const run = (command: MenuCommand): void => {
      if (command === 'toggle-dark') toggle();
      else if (command === 'about') setAboutOpen(true);
      else if (command === 'open-sample') setView({ kind: 'sample' });
    };
    return host.onMenuCommand(run);
  }, [host, toggle]);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">
          <button
            type="button"
            className="link-button"
            onClick={() => setView({ kind: 'library' })}
          >
            Verso
          </button>
        </h1>
        <div className="app-header-actions">
          <button
            type="button"
            onClick={toggle}
            aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} mode`}
          >
            {theme === 'dark' ? 'Light' : 'Dark'}
          </button>
          <button type="button" onClick={() => setAboutOpen(true)}>
            About
          </button>
        </div>
      </header>
      <main className="app-main">
        {view.kind === 'library' ? (
          <SampleOffer onOpenSample={() => setView({ kind: 'sample' })} />
        ) : (
          <PlainReader title="Sample article" text={sampleArticle.text} />
        )}
      </main>
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </div>
  );
}
