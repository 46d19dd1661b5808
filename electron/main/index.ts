import { app, BrowserWindow, Menu } from 'electron';
import { statSync } from 'node:fs';
import { menuChannel } from '../../src/shared/ipc';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { createFileOpener } from './file-opener';
import { createHandlers } from './handlers';
import { SaveStreams } from './save-streams';
import { ReadStreams } from './read-streams';
import { holdQuit } from './quit-hold';
import { createPickStore } from './pick-store';
import { registerHandlers } from './ipc';
import { buildMenuTemplate } from './menu-template';
import { fileArgs } from './open-args';
import { enabledFeatures } from './storage-engine';
import { restoreThemeSource, setThemeSource } from './theme';
import { appUrl, createMainWindow, rendererRoot } from './window';

let mainWindow: BrowserWindow | null = null;

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

// The import dialog's picks and the files the OS opens cross to the page the same way.
const picks = createPickStore();
const saves = new SaveStreams();
const reads = new ReadStreams();
const opener = createFileOpener(
  () => mainWindow,
  () => buildMenu(),
  picks,
);

function buildMenu(): void {
  const send = (command: string): void => mainWindow?.webContents.send(menuChannel, command);
  const recent = {
    paths: opener.recent(),
    open: (path: string) => opener.open([path]),
    clear: () => opener.clearRecent(),
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(send, process.platform, recent)),
  );
}

function openWindow(): void {
  mainWindow = createMainWindow();
  // A reload empties the page's listeners: files arriving meanwhile wait for it to ask again.
  mainWindow.webContents.on('did-start-loading', () => {
    opener.pageLoading();
    // The page that held them is gone: its readings of a backup are closed.
    void reads.closeAll();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    void reads.closeAll();
  });
}

// Read when the script has run, before 'ready': a new archive is stored in SQLite (storage-engine.ts).
app.commandLine.appendSwitch(
  'enable-features',
  enabledFeatures(
    app.commandLine.getSwitchValue('enable-features'),
    app.commandLine.getSwitchValue('disable-features'),
  ),
);

// Must precede 'ready': app:// is privileged (standard, secure) only if declared up front.
registerAppScheme();

// A second launch focuses the running app instead of opening a second archive writer, and
// imports the files it was given ("Open with Verso" while Verso runs).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    opener.open(fileArgs(argv, workingDirectory, isFile));
  });
  // macOS hands files over by event (Finder, the Dock), possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opener.open(isFile(path) ? [path] : []);
  });

  // A start that fails (no window could be made) must not leave a process with nothing on screen.
  app
    .whenReady()
    .then(() => {
      restoreThemeSource();
      serveAppScheme(rendererRoot);
      registerHandlers(
        createHandlers(
          () => mainWindow,
          {
            picked: (paths) => opener.remember(paths),
            setThemeSource,
            pendingFiles: () => opener.takePending(),
            picks,
          },
          saves,
          reads,
        ),
        (event) => mainWindow !== null && event.sender === mainWindow.webContents,
        appUrl(),
      );
      buildMenu();
      openWindow();
      // Windows and Linux pass "Open with" files on the first launch's command line.
      opener.open(fileArgs(process.argv, process.cwd(), isFile));
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Verso could not start:', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    // An export cut off by the window closing leaves no temporary file behind.
    void saves.abortAll();
    if (process.platform !== 'darwin') app.quit();
  });
  // Quitting waits (a few seconds at most) for those aborts to delete their files.
  app.on(
    'before-quit',
    holdQuit({
      pending: () => saves.busy || reads.openCount > 0,
      finish: () => Promise.all([saves.abortAll(), reads.closeAll()]),
      quit: () => app.quit(),
    }),
  );
}
