import { describe, expect, it } from 'vitest';
import { defaultWindowState, restoreWindowState } from './window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('restoreWindowState', () => {
  it('restores bounds that fit a display', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: true };
    expect(restoreWindowState(saved, [screen])).toEqual(saved);
  });

  it('drops a position on a display that is gone, keeping the size', () => {
    const saved = { x: 3000, y: 50, width: 1000, height: 700, maximized: false };
    expect(restoreWindowState(saved, [screen])).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('falls back to defaults for corrupt state and enforces a minimum size', () => {
    expect(restoreWindowState('garbage', [screen])).toEqual(defaultWindowState);
    expect(restoreWindowState(null, [screen])).toEqual(defaultWindowState);
    expect(restoreWindowState({ width: 10, height: Number.NaN }, [screen])).toEqual({
      width: 640,
      height: 800,
      maximized: false,
    });
  });

  it('shrinks a window larger than its display', () => {
    const saved = { x: 0, y: 0, width: 4000, height: 3000, maximized: false };
    expect(restoreWindowState(saved, [screen])).toMatchObject({ width: 1920, height: 1080 });
  });
});
