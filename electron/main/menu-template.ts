import type { MenuItemConstructorOptions } from 'electron';
import { commandInfo, type MenuCommand } from '../../src/shared/commands';

/** The native menu: every custom item sends a command the renderer also binds to a shortcut. */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
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
