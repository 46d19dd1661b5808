import { themeSources, type ThemeSource } from '../../src/shared/ipc';

/** The window's background before the page paints: the page's own --bg, so no white flash in dark mode. */
export function windowBackground(dark: boolean): string {
  return dark ? '#171614' : '#f7f5f0';
}

/** A saved theme source, or 'system' when the file is missing or holds anything else. */
export function parseThemeSource(saved: unknown): ThemeSource {
  return (themeSources as readonly unknown[]).includes(saved) ? (saved as ThemeSource) : 'system';
}
