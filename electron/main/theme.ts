import { app, nativeTheme, type BrowserWindow } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ThemeSource } from '../../src/shared/ipc';
import { parseThemeSource, windowBackground } from './theme-state';

const themeFile = (): string => join(app.getPath('userData'), 'theme.json');

/**
 * Restores the person's theme choice into nativeTheme before the window exists, so the window's
 * first frame already has the right background; the page's prefers-color-scheme follows it.
 */
export function restoreThemeSource(): void {
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(themeFile(), 'utf8'));
  } catch {
    // First start or a corrupt file: follow the system.
  }
  nativeTheme.themeSource = parseThemeSource(saved);
}

/** The background a new window should open with. */
export function currentBackground(): string {
  return windowBackground(nativeTheme.shouldUseDarkColors);
}

/** Applies and remembers the renderer's choice (dialogs, menus and the frame follow nativeTheme). */
export function setThemeSource(source: ThemeSource): void {
  nativeTheme.themeSource = source;
  try {
    writeFileSync(themeFile(), JSON.stringify(source));
  } catch {
    // Not remembering the theme is not worth an error.
  }
}

/** Keeps a window's background in step with the system or the person's choice. */
export function followTheme(window: BrowserWindow): void {
  const update = (): void => window.setBackgroundColor(currentBackground());
  nativeTheme.on('updated', update);
  window.on('closed', () => nativeTheme.off('updated', update));
}
