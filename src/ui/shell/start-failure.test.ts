// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showStartFailure } from './start-failure';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('showStartFailure (main.tsx, when the app part of the page does not load)', () => {
  it('says so in words with a Reload button, never the error, and replaces what was there', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = document.createElement('div');
    root.textContent = 'half-drawn';
    document.body.append(root);
    showStartFailure(
      root,
      new TypeError('Failed to fetch dynamically imported module: ./assets/start-app-X.js'),
    );
    expect(root.querySelector('[role="alert"] h2')?.textContent).toBe('Verso could not start');
    expect(root.textContent).toContain('Nothing in your archive was changed');
    expect(root.textContent).not.toMatch(/TypeError|Failed to fetch|assets|half-drawn/);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Reload']);
  });
});
