import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
    // (V8's optimising compiler stays on its background threads: compiling on the main thread,
    // `--no-concurrent-recompilation` on this first line, cut ~0.1 s of CPU at 10,000 files but
    // added as much wall time on a machine with a core to spare — `npm run bench -- cli-speed`.)
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __versoRequire } from 'node:module';\nconst require = __versoRequire(import.meta.url);",
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
