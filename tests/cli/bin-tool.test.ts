import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath, runBin, versoBin } from '../support/run-bin';

const commands = ['echoes', 'extract', 'compare', 'export-passim', 'passim-clusters'];
const sample = repoPath('seeds/000_7500752fa51d260b.txt');

describe('the verso command (built bin)', () => {
  it.skipIf(!existsSync('/dev/full'))(
    'says in one line, exit 1, when its output cannot be written (> /dev/full)',
    () => {
      for (const args of [
        ['echoes', sample],
        ['echoes', '--json', sample],
        ['extract', sample],
      ]) {
        const full = openSync('/dev/full', 'w');
        const run = spawnSync(process.execPath, [versoBin, ...args], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        closeSync(full);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('verso: cannot write the output (disk full)\n');
      }
    },
  );

  it('prints its help, listing every command and the exit codes, on stdout with exit 0', () => {
    const run = runBin(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const name of commands) expect(run.stdout).toContain(`  ${name} `);
    expect(run.stdout).toMatch(
      /exit codes: 0 .*1 some inputs failed.*\n.*2 the arguments were wrong/s,
    );
  });

  it.each(commands)('has help for %s, on stdout with exit 0', (name) => {
    const run = runBin([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: verso ${name} `));
    expect(run.stdout).toContain('--jsonl');
    expect(runBin(['help', name]).stdout).toBe(run.stdout);
  });

  it("says package.json's version", () => {
    const { version } = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
      version: string;
    };
    const run = runBin(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });

  it('exits 2 with a usage line on stderr (nothing on stdout) for a wrong command or option', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['help', 'frobnicate'],
      ['echoes', '--frobnicate', sample],
      ['compare', sample],
    ]) {
      const run = runBin(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/usage: verso/);
    }
  });

  it('points a person who types the app\'s word "clusters" at the command that prints them', () => {
    const run = runBin(['clusters', '--files-from', 'list.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^verso: unknown command "clusters" \(the clusters the app lists are what "verso echoes" prints\)\nusage: verso/,
    );
  });

  it('runs with no tsx and no node_modules: the bundle imports only node: modules', () => {
    const entry = readFileSync(versoBin, 'utf8');
    expect(entry.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const imports = [...entry.matchAll(/from\s*["']([^"']+)["']/g)].map((m) => m[1] ?? '');
    expect(imports.filter((i) => !i.startsWith('node:') && !i.startsWith('./'))).toEqual([]);
  });

  it('runs by itself through its first line, as the bin link runs it', () => {
    const run = spawnSync(versoBin, ['echoes', '--jsonl', sample], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.includes('"type":"cluster"'))).toHaveLength(2);
  });

  it('shows a progress line on stderr only when stderr is a terminal', () => {
    // Through pipes: results only.
    const piped = runBin(['echoes', '--jsonl', sample]);
    expect(piped.stderr).toBe('');
    // In a pseudo-terminal (util-linux `script`): the progress line appears, then is cleared.
    const tty = spawnSync(
      'script',
      [
        '-qec',
        `"${process.execPath}" "${versoBin}" echoes --jsonl "${sample}" >/dev/null`,
        '/dev/null',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain('echoes: read 0 of 1 files');
    expect(tty.stdout).toContain('\r\x1b[K');
  });
});
