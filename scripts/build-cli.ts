import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Node options the installed `verso` runs with (its first line, read by `env -S`). */
export const NODE_FLAGS = '--no-concurrent-recompilation';

/**
 * Builds the `verso` command (package.json `bin`) into dist-cli/: the CLI and everything it uses
 * (core, import, linkedom, Readability, jsdiff) bundled as plain ES modules for Node 20, so the
 * installed command needs neither tsx nor any dev dependency. Commands stay separate chunks, so
 * `echoes` on text files never loads the HTML extraction.
 */
export async function buildCli(): Promise<string> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outdir = `${root}dist-cli`;
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
    version: string;
  };
  rmSync(outdir, { recursive: true, force: true });
  await build({
    // The thread HTML pages are read on (with a time limit) is its own entry, beside verso.mjs.
    entryPoints: {
      verso: `${root}src/cli/index.ts`,
      'extract-thread': `${root}src/cli/extract-thread.ts`,
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    // linkedom asks for the optional `canvas` package only to draw; the CLI never draws.
    external: ['canvas'],
    // Bundled CommonJS (Readability, jschardet) may call require(); ES modules have none.
    // The installed command compiles hot code on its own thread, not V8's background ones: on
    // a 10,000-file scan that is ~0.1–0.2 s less CPU (the same compiles cost more CPU in the
    // background), its wall time within the noise (NODE_FLAGS; `npm run bench -- cli-speed`).
    banner: {
      js: `#!/usr/bin/env -S node ${NODE_FLAGS}\nimport { createRequire as __versoRequire } from 'node:module';\nconst require = __versoRequire(import.meta.url);`,
    },
    define: { __VERSO_VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
    legalComments: 'linked',
  });
  // Runnable as ./dist-cli/verso.mjs, through its first line, as npm's bin link runs it.
  chmodSync(`${outdir}/verso.mjs`, 0o755);
  return `${outdir}/verso.mjs`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entry = await buildCli();
  console.log(`built ${entry}`);
}
