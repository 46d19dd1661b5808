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

  it('lists recent files under File › Open Recent, newest first, each opening its path', () => {
    const opened: string[] = [];
    let cleared = 0;
    const recent = {
      paths: ['/home/a/news.html', '/home/a/notes.md'],
      open: (path: string) => opened.push(path),
      clear: () => (cleared += 1),
    };
    const [file] = buildMenuTemplate(() => undefined, 'linux', recent);
    const openRecent = submenu(file).find((item) => item.label === 'Open Recent');
    const items = submenu(openRecent);
    expect(items.map((item) => item.label ?? item.type)).toEqual([
      'news.html',
      'notes.md',
      'separator',
      'Clear Recently Opened',
    ]);
    (items[1]?.click as () => void)();
    (items[3]?.click as () => void)();
    expect(opened).toEqual(['/home/a/notes.md']);
    expect(cleared).toBe(1);
  });

  it('shows an empty, disabled Open Recent when nothing was imported yet', () => {
    const [file] = buildMenuTemplate(() => undefined, 'linux');
    const items = submenu(submenu(file).find((item) => item.label === 'Open Recent'));
    expect(items[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(items.at(-1)).toMatchObject({ label: 'Clear Recently Opened', enabled: false });
  });

  it('adds the app menu on macOS only', () => {
    expect(buildMenuTemplate(() => undefined, 'darwin')[0]?.role).toBe('appMenu');
    expect(buildMenuTemplate(() => undefined, 'win32')[0]?.role).toBeUndefined();
  });
});
