/**
 * `npm run cli -- …`: runs the built `verso` command (dist-cli/verso.mjs, what an installed
 * `verso` runs), building it first when it is missing or older than a source it is built from.
 *
 * Why not `tsx src/cli/index.ts`: tsx compiles the TypeScript on every run, ~0.8–1 s of CPU
 * before the first file is read (the sample: 1.1 s of CPU through tsx against 0.2 s built), which
 * at 10,000 files was half again the command's own cost. Plain JavaScript, so starting it costs
 * Node and nothing else; the check below stats ~600 files (a few ms).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist-cli', 'verso.mjs');

/** The newest modification time among the files the command is built from (tests excluded). */
function newestSource() {
  let newest = Math.max(
    statSync(join(root, 'package-lock.json')).mtimeMs,
    statSync(join(root, 'scripts', 'build-cli.ts')).mtimeMs,
  );
  const pending = [join(root, 'src')];
  while (pending.length > 0) {
    const dir = pending.pop();
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
  process.stderr.write('verso: building the command (dist-cli/) from the sources…\n');
  // The build's own output goes to stderr, so stdout stays the command's (JSON may be piped).
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-cli.ts'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (build.status !== 0) {
    process.stderr.write('verso: building the command failed (see above); try `npm ci` first.\n');
    process.exit(1);
  }
}

// npm runs a script in the project's root, but the paths a user gives are from where they typed
// `npm run cli -- …` (npm's INIT_CWD): `cd seeds && npm run cli -- echoes a.txt` read ../a.txt.
if (process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD) {
  try {
    process.chdir(process.env.INIT_CWD);
  } catch {
    // A folder removed since: relative paths then fail, each with its reason.
  }
}

// The command reads process.argv.slice(2), which is the same here as for dist-cli/verso.mjs.
await import(pathToFileURL(built).href);
