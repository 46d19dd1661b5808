import { existsSync } from 'node:fs';

/**
 * The Chromium the e2e tests and browser benches drive: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else undefined (Playwright's own download, where it can be had).
 */
export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * CHROMIUM_IDB=sqlite: every IndexedDB store in Chromium's SQLite backing store, off-the-record ones
 * too (the feature IdbSqliteBackingStore), the engine the desktop app gives a new archive
 * (electron/main/storage-engine.ts). Unset, Debian's Chromium keeps LevelDB: it runs no field
 * trials. A profile kept between runs (a bench's seeds) holds one engine's stores.
 */
const storageEngineArgs: readonly string[] =
  process.env.CHROMIUM_IDB === 'sqlite' ? ['--enable-features=IdbSqliteBackingStore'] : [];

/**
 * Flags for a headless run on a closed network as root: without the background-networking ones
 * Chromium keeps dialling Google's hosts, and as root it needs --no-sandbox. The File System
 * Access pickers are switched off: Playwright cannot answer them (no `filechooser` event), so
 * tests drive the file input, which the app uses where they are missing; the specs and benches
 * of the picker path put in pickers that hand over real handles (see file-access.spec.ts).
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-blink-features=FileSystemAccessLocal',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...storageEngineArgs,
];
