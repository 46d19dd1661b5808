import { describe, expect, it } from 'vitest';
import { ariaShortcut, commandForKey, matchesAccelerator } from './commands';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('keyboard shortcuts for menu commands', () => {
  it('maps CmdOrCtrl to Ctrl off macOS and Cmd on macOS', () => {
    expect(matchesAccelerator('CmdOrCtrl+O', key('o', { ctrl: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+O', key('o', { meta: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+O', key('o', { meta: true }), true)).toBe(true);
  });

  it('tells Ctrl+O from Ctrl+Shift+O', () => {
    expect(commandForKey(key('o', { ctrl: true }), false)).toBe('import-files');
    expect(commandForKey(key('O', { ctrl: true, shift: true }), false)).toBe('import-folder');
    expect(commandForKey(key('D', { ctrl: true, shift: true }), false)).toBe('toggle-dark');
  });

  it('ignores plain typing', () => {
    expect(commandForKey(key('o'), false)).toBeUndefined();
    expect(commandForKey(key('f', { alt: true }), false)).toBeUndefined();
  });
});

describe('ariaShortcut', () => {
  it('spells the accelerator the way aria-keyshortcuts wants it, per platform', () => {
    expect(ariaShortcut('import-folder', false)).toBe('Control+Shift+O');
    expect(ariaShortcut('import-files', true)).toBe('Meta+O');
    expect(ariaShortcut('about', false)).toBeUndefined();
  });
});
