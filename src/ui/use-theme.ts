import { useCallback, useEffect, useState } from 'react';
import { useHost } from './host-context';

/** The colour scheme: follow the system, or a choice the user made. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const storageKey = 'verso.theme';

function systemPrefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Applies the theme to <html data-theme> and returns it with a toggle that flips light/dark. */
export function useTheme(): { theme: 'light' | 'dark'; toggle: () => void } {
  const [choice, setChoice] = useState<ThemeChoice>(
    () => (localStorage.getItem(storageKey) as ThemeChoice | null) ?? 'system',
  );
  const [systemDark, setSystemDark] = useState(systemPrefersDark);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (): void => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  const host = useHost();
  useEffect(() => {
    // Electron: nativeTheme follows the choice, so the window background, dialogs and menus match.
    void host.setThemeSource(choice);
  }, [host, choice]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggle = useCallback(() => {
    const next = theme === 'dark' ? 'light' : 'dark';
    // Returning to the system's own choice keeps "follow the system" the default state.
    const stored: ThemeChoice = next === (systemPrefersDark() ? 'dark' : 'light') ? 'system' : next;
    localStorage.setItem(storageKey, stored);
    setChoice(stored);
  }, [theme]);
  return { theme, toggle };
}
