import { BrowserWindow, screen, shell, app } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appOrigin } from './app-scheme';
import { currentBackground, followTheme } from './theme';
import { parseWebUrl } from '../../src/shared/web-url';
import { restoreWindowState, type WindowState } from './window-state';

const here = fileURLToPath(new URL('.', import.meta.url));
const stateFile = (): string => join(app.getPath('userData'), 'window-state.json');

/** The folder of the built renderer, served at app://verso/. */
export const rendererRoot = join(here, '../renderer');

/** The URL our renderer is served from: the dev server in development, app://verso/ otherwise. */
export function appUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? `${appOrigin}/index.html`;
}

function loadState(): WindowState {
  let saved: unknown = null;
  try {
    saved = JSON.parse(readFileSync(stateFile(), 'utf8'));
  } catch {
    // First start, or a corrupt file: fall back to the defaults.
  }
  return restoreWindowState(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
}

function saveState(window: BrowserWindow): void {
  const bounds = window.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: window.isMaximized() };
  try {
    writeFileSync(stateFile(), JSON.stringify(state));
  } catch {
    // Losing the window position is not worth an error dialog on quit.
  }
}

/** Creates the one app window with the Electron security checklist applied. */
export function createMainWindow(): BrowserWindow {
  const state = loadState();
  const window = new BrowserWindow({
    ...state,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Verso',
    // The page's own background for the current theme: no white flash before it paints.
    backgroundColor: currentBackground(),
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Middle-click (auxclick) on a link would otherwise ask for a new window; links open only
      // through the window-open handler below (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();

  const contents = window.webContents;
  // Links in articles open in the user's browser, never inside the app.
  contents.setWindowOpenHandler(({ url }) => {
    const safe = parseWebUrl(url);
    if (safe) void shell.openExternal(safe);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  followTheme(window);
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveState(window));
  void window.loadURL(appUrl());
  return window;
}
