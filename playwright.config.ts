import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium';

// Browser tests run in Debian's Chromium (Playwright's own download is not reachable here);
// CHROMIUM_PATH overrides, and with neither present Playwright's bundled browser is used.
const port = Number(process.env.E2E_PORT ?? 5199);
const sqliteSpecs =
  /(two-tabs|backup|restore-drafts|versions|echoes-after-restart|archived-keys|already-archived|search-index-update|early-keys|library-10k|watch)\.spec\.ts/;

/** A project's browser: this Chromium, started with `args`. */
const inChromium = (args: readonly string[]) => ({
  browserName: 'chromium' as const,
  launchOptions: { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: [...args] },
});

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx tsx scripts/serve-web.ts`,
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
  },
  projects: [
    {
      name: 'web',
      testIgnore: /electron\.spec\.ts/,
      use: inChromium(chromiumArgs),
    },
    {
      // The desktop app stores a new archive in Chromium's SQLite engine, the web build in
      // whatever its browser uses (LevelDB in Debian's Chromium): the specs that lean hardest
      // on storage (restarts, two tabs, backups, transactions racing) run on SQLite as well.
      // CHROMIUM_IDB=sqlite runs every spec there.
      name: 'web-sqlite',
      testMatch: sqliteSpecs,
      use: inChromium([...chromiumArgs, '--enable-features=IdbSqliteBackingStore']),
    },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
