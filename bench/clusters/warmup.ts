import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { loadCorpus } from '../engine/corpus';
import { warmFiles, writeArchiveFiles } from './cli-speed';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES = process.env.VERSO_BENCH_FILES ?? '/tmp/verso-bench-files';
/** Passes over the same files in one process: the first warms V8 up, the last is warm. */
const PASSES = 3;

interface Pass {
  readonly fingerprint: number;
  readonly cluster: number;
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

/**
 * `npm run bench -- cli-warmup [--max N] [--runs R]`: how much of the CLI's CPU at N files
 * (default 10,000, the bench's archive) is V8 warming up rather than the work. Fresh processes
 * (the engine bundled as dist-cli is, with the CLI's V8 settings) fingerprint and cluster the same
 * files three times each; the first pass against the last is the warm-up, which the CLI pays
 * once a run — why its ratio to sim_text is higher at 10k than at 100k.
 */
export function runCliWarmupBench(): void {
  const option = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const n = option('--max', 10_000);
  const runs = option('--runs', 3);
  const corpus = loadCorpus();
  if (typeof corpus === 'string') {
    console.log(`CLI warm-up: skipped — ${corpus}`);
    return;
  }
  const list = writeArchiveFiles(corpus, [n]).get(n) ?? '';
  warmFiles(list);
  const child = join(FILES, 'warmup-child.mjs');
  buildSync({
    entryPoints: [join(ROOT, 'bench/clusters/warmup-child.ts')],
    outfile: child,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const all: Pass[][] = [];
  for (let r = 0; r < runs; r++) {
    const run = spawnSync(process.execPath, [child, list, String(PASSES)], { encoding: 'utf8' });
    if (run.status !== 0) {
      console.log(`CLI warm-up: a run failed — ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
      return;
    }
    all.push(JSON.parse(run.stdout) as Pass[]);
  }
  console.log(
    `\nCLI warm-up at ${n.toLocaleString('en')} files: CPU ms of the fingerprint and cluster phases, pass 1 (fresh V8) vs pass ${PASSES} (warm) in one process; median of ${runs} processes`,
  );
  for (const phase of ['fingerprint', 'cluster'] as const) {
    const first = median(all.map((p) => p[0]?.[phase] ?? NaN));
    const last = median(all.map((p) => p[PASSES - 1]?.[phase] ?? NaN));
    console.log(
      `    ${phase.padEnd(11)}  first ${first.toFixed(0).padStart(5)}  warm ${last.toFixed(0).padStart(5)}  warm-up ${(first - last).toFixed(0).padStart(5)} (${((100 * (first - last)) / first).toFixed(0)}% of the first)`,
    );
  }
  const total = (p: Pass | undefined) => (p ? p.fingerprint + p.cluster : NaN);
  console.log(
    `      every process, pass 1 → pass ${PASSES} (ms): ${all.map((p) => `${total(p[0]).toFixed(0)} → ${total(p[PASSES - 1]).toFixed(0)}`).join(', ')}`,
  );
}
