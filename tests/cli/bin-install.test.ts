import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/run-bin';
import { tempDir } from '../support/temp-dir';

const root = repoPath('');
const sample = repoPath('seeds/000_7500752fa51d260b.txt');
const npm = (args: string[], cwd = root): string =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
  });

/** Runs an installed `verso` from a folder outside the repository, so nothing local helps it. */
const runInstalled = (bin: string, args: string[]) =>
  spawnSync(bin, args, { cwd: tmpdir(), encoding: 'utf8' });

describe('installing the verso command', () => {
  it('installs from `npm pack` into a fresh prefix and runs there', () => {
    const dir = tempDir('verso-pack-');
    // dist-cli is already built (the tests' global setup); the prepack script would rebuild it
    // under the other bin tests' feet, so it is skipped here.
    npm(['pack', '--ignore-scripts', '--pack-destination', dir]);
    const [tarball] = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const prefix = join(dir, 'prefix');
    npm(['install', '-g', '--prefix', prefix, '--prefer-offline', join(dir, tarball ?? '')], dir);
    const bin = join(prefix, 'bin', 'verso');
    expect(runInstalled(bin, ['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const echoes = runInstalled(bin, ['echoes', '--jsonl', sample]);
    expect(echoes.status).toBe(0);
    expect(echoes.stdout.split('\n').filter((l) => l.includes('"type":"cluster"'))).toHaveLength(2);
  });

  it('installs with `npm install -g .` and runs through `npx verso` in the project', () => {
    const prefix = tempDir('verso-global-');
    npm(['install', '-g', '--prefix', prefix, '--ignore-scripts', '.']);
    expect(runInstalled(join(prefix, 'bin', 'verso'), ['--help']).stdout).toContain(
      'usage: verso <command>',
    );
    const npx = spawnSync('npx', ['--no-install', 'verso', '--version'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(npx.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
