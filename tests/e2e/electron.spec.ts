import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// The electron package resolves its binary lazily and throws when the download never happened
// (no network to GitHub on these machines), so this project skips instead of failing.
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const skipReason =
  'No Electron binary installed (it downloads from GitHub on first run, unreachable here)';
if (binary === null) console.log(`Electron e2e skipped: ${skipReason}`);

test.describe('Electron shell', () => {
  test.skip(binary === null, skipReason);

  test('opens one secured window showing the library', async () => {
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: ['out/main/index.js'],
    });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    // Sandbox + no node integration + context isolation: the page sees no Node and only our bridge.
    const globals = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as { api?: object }).api ?? {}).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: ['appInfo', 'fetchUrl', 'onMenuCommand', 'openExternal', 'pickFiles', 'saveFile'],
    });
    await window.screenshot({ path: 'test-results/electron-first-screen.png' });
    await app.close();
  });
});
