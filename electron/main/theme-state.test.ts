import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThemeSource, windowBackground } from './theme-state';

describe('windowBackground', () => {
  it('is the page’s own light and dark --bg, so the window never flashes another colour', () => {
    const css = readFileSync('src/ui/styles.css', 'utf8');
    const backgrounds = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]);
    expect(backgrounds).toContain(windowBackground(false));
    expect(backgrounds).toContain(windowBackground(true));
    expect(windowBackground(true)).not.toBe(windowBackground(false));
  });
});

describe('parseThemeSource', () => {
  it('reads back a saved choice and falls back to following the system', () => {
    expect(parseThemeSource('dark')).toBe('dark');
    expect(parseThemeSource('light')).toBe('light');
    expect(parseThemeSource('purple')).toBe('system');
    expect(parseThemeSource(undefined)).toBe('system');
  });
});
