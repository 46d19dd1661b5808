import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import { commandInfo, recentMenuLabels, type MenuCommand } from '../../src/shared/commands';

/** File › Open Recent: the files, and what choosing one or clearing the list does. */
export interface RecentMenu {
  readonly paths: readonly string[];
  readonly open: (path: string) => void;
  readonly clear: () => void;
}

const noRecent: RecentMenu = { paths: [], open: () => undefined, clear: () => undefined };

function recentSubmenu(recent: RecentMenu): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = recent.paths.map((path) => ({
    // The name is what a person recognises; the full path is in the tooltip where the OS shows one.
    label: basename(path),
    toolTip: path,
    click: () => recent.open(path),
  }));
  return {
    label: recentMenuLabels.submenu,
    submenu: [
      ...(items.length ? items : [{ label: recentMenuLabels.empty, enabled: false }]),
      { type: 'separator' },
      { label: recentMenuLabels.clear, enabled: items.length > 0, click: () => recent.clear() },
    ],
  };
}

/** The native menu: every custom item sends a command the renderer also binds to a shortcut. */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
  recent: RecentMenu = noRecent,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const item = (command: MenuCommand): MenuItemConstructorOptions => {
    const { label, accelerator } = commandInfo[command];
    return { label, click: () => send(command), ...(accelerator ? { accelerator } : {}) };
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        item('import-files'),
        item('import-folder'),
        item('import-url'),
        recentSubmenu(recent),
        { type: 'separator' },
        item('open-sample'),
        item('archive'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('focus-search'),
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        item('toggle-dark'),
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Help', submenu: [item('about')] },
  ];
}
