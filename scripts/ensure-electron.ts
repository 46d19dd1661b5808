// `npm start`'s prestart step: fetch the Electron binary on first start, or say in one line why
// it cannot be had. Electron 45's package has no install script to approve (its download moved
// to the lazily run `install-electron` bin), and electron-vite only reads path.txt, so without
// this step nothing ever downloads the binary. Usage: tsx scripts/ensure-electron.ts [electronDir]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary, ensureElectron, runElectronInstaller } from './electron-runtime';

const dir =
  process.argv[2] ?? dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
  version: string;
};

// On a terminal the download notice is transient, so a failure still reads as one line.
const tty = process.stdout.isTTY === true;
const check = ensureElectron({
  version,
  hasBinary: () => electronBinary(dir) !== null,
  install: () => {
    if (tty)
      process.stdout.write(`Downloading the Electron ${version} runtime (first start only)…`);
    const run = runElectronInstaller(dir);
    if (tty) process.stdout.write(run.ok ? ' done.\n' : '\r\x1b[K');
    return run;
  },
});
if (check.kind === 'failed') {
  console.error(check.message);
  process.exitCode = 1;
}
