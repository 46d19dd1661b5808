import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary, ensureElectron, shortReason, type InstallRun } from './electron-runtime';
import { tempDir } from '../tests/support/temp-dir';

const stack = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///x/@electron/get/dist/FetchDownloader.js:46:30)`;

/** A stand-in electron package: package.json, and optionally path.txt and the binary. */
function fakeElectron(opts: { pathTxt: boolean; binary: boolean; installer?: string }): string {
  const dir = tempDir('verso-electron-');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  if (opts.pathTxt) writeFileSync(join(dir, 'path.txt'), 'electron');
  if (opts.binary) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
  }
  if (opts.installer) writeFileSync(join(dir, 'install.js'), opts.installer);
  return dir;
}

describe('electronBinary', () => {
  it('finds the binary that path.txt names under dist/', () => {
    const dir = fakeElectron({ pathTxt: true, binary: true });
    expect(electronBinary(dir, {})).toBe(join(dir, 'dist', 'electron'));
  });

  it('is null without path.txt (npm ci never ran the download) or without the file it names', () => {
    expect(electronBinary(fakeElectron({ pathTxt: false, binary: true }), {})).toBeNull();
    expect(electronBinary(fakeElectron({ pathTxt: true, binary: false }), {})).toBeNull();
  });
});

describe('ensureElectron', () => {
  const probe = (present: boolean[], run: InstallRun) => {
    const calls = { install: 0 };
    return {
      calls,
      probe: {
        version: '45.4.1',
        hasBinary: () => present.shift() ?? false,
        install: () => {
          calls.install += 1;
          return run;
        },
      },
    };
  };

  it('uses a binary that is present without running the installer', () => {
    const { calls, probe: p } = probe([true], { ok: true, stderr: '' });
    expect(ensureElectron(p)).toEqual({ kind: 'present' });
    expect(calls.install).toBe(0);
  });

  it('downloads a missing binary once', () => {
    const { calls, probe: p } = probe([false, true], { ok: true, stderr: '' });
    expect(ensureElectron(p)).toEqual({ kind: 'installed' });
    expect(calls.install).toBe(1);
  });

  it('turns a failed download into one line naming what is missing and offering npm run web', () => {
    const { probe: p } = probe([false], { ok: false, stderr: stack });
    const result = ensureElectron(p);
    expect(result.kind).toBe('failed');
    const message = result.kind === 'failed' ? result.message : '';
    expect(message).not.toContain('\n');
    expect(message).toContain('Electron 45.4.1 runtime is not installed');
    expect(message).toContain('(TypeError: fetch failed)');
    expect(message).toContain('npm run web');
    expect(message).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('fails when the installer claims success but leaves no binary', () => {
    const { probe: p } = probe([false, false], { ok: true, stderr: '' });
    expect(ensureElectron(p)).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('left no binary'),
    });
  });
});

describe('shortReason', () => {
  it('keeps the error line and drops the stack', () => {
    expect(shortReason(stack)).toBe('TypeError: fetch failed');
    expect(shortReason('')).toBe('no reason given');
  });
});

describe('scripts/ensure-electron.ts (the prestart step, on a stand-in electron package)', () => {
  const run = (dir: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensure-electron.ts', dir], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_EXEC_PATH: '', ELECTRON_OVERRIDE_DIST_PATH: '' },
    });

  it('prints exactly one line and exits 1 when the download fails with a stack trace', () => {
    const failing = `console.error(new TypeError('fetch failed').stack); process.exit(1);`;
    const result = run(fakeElectron({ pathTxt: false, binary: false, installer: failing }));
    expect(result.status).toBe(1);
    const output = `${result.stdout}${result.stderr}`.trimEnd().split('\n');
    expect(output).toHaveLength(1);
    expect(output[0]).toMatch(/^Cannot start Verso: .*fetch failed.*npm run web/);
  });

  it('exits 0 after an installer that puts the binary in place', () => {
    const working = `const fs = require('fs'); fs.mkdirSync('dist'); fs.writeFileSync('dist/electron', ''); fs.writeFileSync('path.txt', 'electron');`;
    const dir = fakeElectron({ pathTxt: false, binary: false, installer: working });
    const result = run(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(electronBinary(dir, {})).not.toBeNull();
  });
});
