import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  realpathSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/run-bin';
import { tempDir } from '../support/temp-dir';

/**
 * A stand-in repository for scripts/cli.mjs: one source file, a build script that writes a
 * dist-cli/verso.mjs printing "fresh build" and its arguments, and the real node_modules (tsx).
 */
function fakeRepo(): string {
  const root = tempDir('verso-run-cli-');
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  copyFileSync(repoPath('scripts/cli.mjs'), join(root, 'scripts', 'cli.mjs'));
  symlinkSync(repoPath('node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package-lock.json'), '{}');
  writeFileSync(join(root, 'src', 'cli', 'index.ts'), 'export {};');
  writeFileSync(
    join(root, 'scripts', 'build-cli.ts'),
    `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('dist-cli', { recursive: true });
writeFileSync('dist-cli/verso.mjs', "console.log('fresh build', process.argv.slice(2).join(' '));");
console.log('built');`,
  );
  return root;
}

const run = (root: string) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'cli.mjs'), 'echoes', 'a.txt'], {
    cwd: root,
    encoding: 'utf8',
  });

/** Sets a file's modification time `secondsAgo` seconds in the past. */
const age = (path: string, secondsAgo: number) => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, t, t);
};

/** Replaces the build with `script`, every source aged `secondsAgo` seconds: the build is newer. */
const keepBuild = (root: string, script: string, secondsAgo = 60) => {
  writeFileSync(join(root, 'dist-cli', 'verso.mjs'), script);
  for (const f of ['package-lock.json', 'scripts/build-cli.ts', 'src/cli/index.ts'])
    age(join(root, f), secondsAgo);
};

describe('npm run cli (scripts/cli.mjs)', () => {
  it('builds the command when it is missing, keeping stdout for the command', () => {
    const root = fakeRepo();
    const first = run(root);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('fresh build echoes a.txt\n');
    expect(first.stderr).toContain('building the command');
  });

  it('runs the built command without building when it is newer than every source', () => {
    const root = fakeRepo();
    run(root);
    keepBuild(root, "console.log('kept build');");
    const second = run(root);
    expect(second.stdout).toBe('kept build\n');
    expect(second.stderr).toBe('');
  });

  it('rebuilds when a source file is newer than the build, but not for a newer test file', () => {
    const root = fakeRepo();
    run(root);
    keepBuild(root, "console.log('old build');", 120);
    age(join(root, 'dist-cli', 'verso.mjs'), 60);
    writeFileSync(join(root, 'src', 'cli', 'index.test.ts'), 'export {};');
    expect(run(root).stdout).toBe('old build\n');
    mkdirSync(join(root, 'src', 'core'));
    writeFileSync(join(root, 'src', 'core', 'new.ts'), 'export {};');
    expect(run(root).stdout).toBe('fresh build echoes a.txt\n');
  });

  it('says so and exits 1 when the build fails', () => {
    const root = fakeRepo();
    writeFileSync(join(root, 'scripts', 'build-cli.ts'), 'process.exit(3);');
    const failed = run(root);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain('building the command failed');
  });

  it('reads relative paths from where `npm run cli` was typed, not the project root', () => {
    const root = fakeRepo();
    run(root);
    keepBuild(root, 'console.log(process.cwd());');
    const typedIn = tempDir('verso-typed-in-');
    const asNpm = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(root, 'scripts', 'cli.mjs')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: typedIn, ...env },
      }).stdout.trim();
    expect(asNpm({ npm_lifecycle_event: 'cli' })).toBe(realpathSync(typedIn));
    // Another npm script that runs ./verso keeps its own folder.
    expect(asNpm({ npm_lifecycle_event: 'test' })).toBe(realpathSync(root));
  });

  it('./verso runs it from the clone, also through a symbolic link put on the PATH', () => {
    const root = fakeRepo();
    copyFileSync(repoPath('verso'), join(root, 'verso'));
    const bin = tempDir('verso-bin-');
    // A relative link in a folder of its own, as `ln -s ../clone/verso ~/bin/verso` makes.
    symlinkSync(join('..', basename(root), 'verso'), join(bin, 'verso'));
    for (const script of [join(root, 'verso'), join(bin, 'verso')]) {
      const ran = spawnSync('sh', [script, 'echoes', 'a.txt'], { cwd: bin, encoding: 'utf8' });
      expect(ran.stderr, script).not.toContain('Cannot find module');
      expect(ran.stdout, script).toBe('fresh build echoes a.txt\n');
    }
  });
});
