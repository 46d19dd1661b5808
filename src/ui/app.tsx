import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { ImportStatus } from './import/import-status';
import { KeptFailuresNote } from './import/kept-failures-note';
import { UrlDialog } from './import/url-dialog';
import { useDropAndPaste } from './import/use-drop-and-paste';
import { useImport } from './import/use-import';
import { useImportActions } from './import/use-import-actions';
import { openingQuery, type LibraryQuery } from './library/library-query';
import { AboutDialog } from './shell/about-dialog';
import { AppHeader } from './shell/app-header';
import type { Notice } from './shell/notice';
import { NoticeBar } from './shell/notice-bar';
import { NotifyContext } from './shell/notify-context';
import { lazyPart } from './shell/lazy-part';
import { Screen } from './shell/screen';
import { replayEarlyKeys } from './shell/early-keys';
import { ScreenBoundary } from './shell/screen-boundary';
import { ShortcutsDialog } from './shell/shortcuts-dialog';
import { SkipLinks } from './shell/skip-links';
import { useAppKeys } from './shell/use-app-keys';
import { useMenuCommands } from './shell/use-menu-commands';
import { useOpenFiles } from './shell/use-open-files';
import { useRoute } from './shell/use-route';
import { useScreenFocus } from './shell/use-screen-focus';
import { formatRoute, parseRoute } from './shell/route';
import { UpdatePrompt } from './shell/update-prompt';
import './shell/shell.css';
import { useTheme } from './use-theme';
import { useStartupChecks } from './data/use-startup-checks';
import { useSketchMove } from './data/use-sketch-move';
import { SketchMoveStatus } from './shell/sketch-move-status';
import { useSummaryFill } from './data/use-summary-fill';
import { SummaryFillStatus } from './shell/summary-fill-status';
import { UrlKeyFillStatus } from './shell/url-key-fill-status';
import { useUrlKeyFill } from './data/use-url-key-fill';
import { useWatchSchedule } from './sources/use-watch-schedule';
import { useClearWatchMark } from './sources/use-clear-watch-mark';

// Backup and storage are rarely opened; their code loads with the panel, not at start-up.
const ArchiveDialog = lazyPart(
  async () => (await import('./archive/archive-dialog')).ArchiveDialog,
);

/** The app shell: header, import status, the current screen, notices, and menu commands. */
export function App() {
  const { theme, toggle } = useTheme();
  const { route, navigate } = useRoute();
  const [aboutOpen, setAboutOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [archiveOpen, setArchiveOpen] = useState(false);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  // A notice belongs to the screen it was given on: it is not shown on any other.
  const [notice, setNoticeOn] = useState<{ notice: Notice; on: string } | null>(null);
  const routeKey = formatRoute(route);
  const setNotice = useCallback(
    (next: Notice) =>
      setNoticeOn({ notice: next, on: formatRoute(parseRoute(window.location.hash)) }),
    [],
  );
  const [query, setQuery] = useState<LibraryQuery>(openingQuery);
  const searchRef = useRef<HTMLInputElement>(null);
  useStartupChecks();
  const sketchMove = useSketchMove();
  const summaryFill = useSummaryFill();
  const urlKeyFill = useUrlKeyFill();
  const importer = useImport();
  const imports = useImportActions(importer.start, navigate);
  const startImport = importer.start;
  const dragging = useDropAndPaste(useCallback((items) => void startImport(items), [startImport]));
  const focusSearch = useCallback(() => {
    navigate({ kind: 'library' });
    // From another screen the library draws its search box a few frames later, and the screen
    // focus (useScreenFocus) would otherwise put the cursor back on the row last opened.
    const until = performance.now() + 3000;
    const attempt = (now: number): void => {
      const box = searchRef.current;
      if (box?.isConnected) {
        box.focus();
        // As a browser's find bar: typing starts a new search, arrows keep the last one.
        box.select();
      } else if (now < until) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  }, [navigate]);
  useAppKeys(route, focusSearch, showShortcuts);
  useScreenFocus(routeKey);
  useWatchSchedule(setNotice, navigate);
  useClearWatchMark(route, setNotice);
  useOpenFiles(
    useCallback(
      (files) => void startImport(files.map((file) => ({ kind: 'file', file }))),
      [startImport],
    ),
  );
  useMenuCommands({
    'import-files': imports.actions.importFiles,
    'import-folder': imports.actions.importFolder,
    'import-url': imports.actions.importUrl,
    'open-sample': imports.actions.openSample,
    archive: () => setArchiveOpen(true),
    'focus-search': focusSearch,
    'toggle-dark': toggle,
    about: () => setAboutOpen(true),
  });
  // Last of the shell's effects, so its key listeners (above, and the screens' own) are in.
  useEffect(replayEarlyKeys, []);
  const dismissNotice = useCallback(() => setNoticeOn(null), []);
  // Leaving the screen clears its notice (coming back does not bring an old one back).
  if (notice && notice.on !== routeKey) setNoticeOn(null);
  // So does a finished import's summary: it stays on the screen where the import ended.
  const [importEnded, setImportEnded] = useState({ state: importer.state, on: routeKey });
  if (importEnded.state !== importer.state) setImportEnded({ state: importer.state, on: routeKey });
  const importShown = importer.state.kind === 'running' || importEnded.on === routeKey;
  return (
    <NotifyContext value={setNotice}>
      <div className="app">
        <SkipLinks route={route} />
        <AppHeader
          route={route}
          navigate={navigate}
          theme={theme}
          onToggleTheme={toggle}
          onAbout={() => setAboutOpen(true)}
          onShortcuts={showShortcuts}
          onArchive={() => setArchiveOpen(true)}
        />
        <main className="app-main">
          <UpdatePrompt />
          <ImportStatus
            state={importShown ? importer.state : { kind: 'idle' }}
            onCancel={importer.cancel}
            onDismiss={importer.dismiss}
          />
          {/* After a reload, on the library: which files the last import could not read. */}
          {importer.state.kind === 'idle' && route.kind === 'library' && <KeptFailuresNote />}
          <SketchMoveStatus progress={sketchMove.progress} onStop={sketchMove.stop} />
          <SummaryFillStatus progress={summaryFill.progress} onStop={summaryFill.stop} />
          <UrlKeyFillStatus progress={urlKeyFill.progress} onStop={urlKeyFill.stop} />
          <Screen
            route={route}
            navigate={navigate}
            notify={setNotice}
            library={{
              query,
              onQuery: setQuery,
              searchRef,
              actions: imports.actions,
              importing: importer.state.kind === 'running',
            }}
          />
        </main>
        {dragging && <div className="drop-overlay">Drop files or folders to import them</div>}
        <NoticeBar
          notice={notice?.on === routeKey ? notice.notice : null}
          onDismiss={dismissNotice}
        />
        {imports.askingUrl && (
          <UrlDialog
            onImport={(url) => void imports.importUrl(url)}
            onClose={imports.closeUrlDialog}
          />
        )}
        {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
        {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
        {archiveOpen && (
          // Its own boundary: a panel whose code did not load must not take the app down with it.
          <ScreenBoundary
            what="backup and storage"
            onLeave={() => setArchiveOpen(false)}
            leaveWords="Close"
          >
            <Suspense fallback={null}>
              <ArchiveDialog onClose={() => setArchiveOpen(false)} />
            </Suspense>
          </ScreenBoundary>
        )}
      </div>
    </NotifyContext>
  );
}
