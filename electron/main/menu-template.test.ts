import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../src/shared/commands';
import { buildMenuTemplate } from './menu-template';

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  (item?.submenu as MenuItemConstructorOptions[] | undefined) ?? [];

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help, with Import, zoom, dark mode and About', () => {
    const template = buildMenuTemplate(() => undefined, 'linux');
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const [file, , view, help] = template;
    expect(submenu(file)[0]).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+O' });
    expect(submenu(view).map((item) => item.role ?? item.label)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'Toggle Dark Mode']),
    );
    expect(submenu(help)[0]?.label).toBe('About Verso');
  });

  it('sends each custom item its command', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate((command) => sent.push(command), 'linux');
    const clickable = template.flatMap(submenu).filter((item) => item.click);
    for (const item of clickable) (item.click as () => void)();
    expect(sent).toEqual([
      'import-files',
      'import-folder',
      'import-url',
      'open-sample',
      'archive',
      'focus-search',
      'toggle-dark',
      'about',
    ]);
  });

  it('adds the app menu on macOS only', () => {
    expect(buildMenuTemplate(() => undefined, 'darwin')[0]?.role).toBe('appMenu');
    expect(buildMenuTemplate(() => undefined, 'win32')[0]?.role).toBeUndefined();
  });
});
