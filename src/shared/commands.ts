/** Commands a person can give from the native menu or the keyboard; both paths use these names. */
export const menuCommands = [
  'import-files',
  'import-folder',
  'import-url',
  'open-sample',
  'archive',
  'focus-search',
  'toggle-dark',
  'about',
] as const;

/** One of the menu commands. */
export type MenuCommand = (typeof menuCommands)[number];

/** Menu labels and accelerators (Electron syntax), shared by the native menu and the web host's keys. */
export const commandInfo: { readonly [K in MenuCommand]: { label: string; accelerator?: string } } =
  {
    'import-files': { label: 'Import…', accelerator: 'CmdOrCtrl+O' },
    'import-folder': { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O' },
    'import-url': { label: 'Import from URL…', accelerator: 'CmdOrCtrl+L' },
    'open-sample': { label: 'Open Sample Article' },
    archive: { label: 'Back Up, Restore and Storage…' },
    'focus-search': { label: 'Find in Archive', accelerator: 'CmdOrCtrl+F' },
    'toggle-dark': { label: 'Toggle Dark Mode', accelerator: 'CmdOrCtrl+Shift+D' },
    about: { label: 'About Verso' },
  };

/** A keystroke as the DOM reports it. */
export interface Keystroke {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** True when a keystroke matches an Electron accelerator such as "CmdOrCtrl+Shift+O". */
export function matchesAccelerator(accelerator: string, key: Keystroke, isMac: boolean): boolean {
  const parts = accelerator.split('+');
  const wanted = parts.pop()?.toLowerCase() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const primary = isMac ? key.metaKey : key.ctrlKey;
  return (
    key.key.toLowerCase() === wanted &&
    primary === mods.has('cmdorctrl') &&
    key.shiftKey === mods.has('shift') &&
    key.altKey === mods.has('alt')
  );
}

/** The command a keystroke triggers, if any. */
export function commandForKey(key: Keystroke, isMac: boolean): MenuCommand | undefined {
  return menuCommands.find((command) => {
    const accelerator = commandInfo[command].accelerator;
    return accelerator !== undefined && matchesAccelerator(accelerator, key, isMac);
  });
}

/** The `aria-keyshortcuts` value of a command's accelerator ("CmdOrCtrl+O" → "Control+O"), if any. */
export function ariaShortcut(command: MenuCommand, isMac: boolean): string | undefined {
  return commandInfo[command].accelerator?.replace('CmdOrCtrl', isMac ? 'Meta' : 'Control');
}

/** Labels of the File › Open Recent submenu, whose items main fills from the recent-files list. */
export const recentMenuLabels = {
  submenu: 'Open Recent',
  clear: 'Clear Recently Opened',
  empty: 'No Recent Files',
} as const;
