import { runCliSpeed } from './clusters-bench';

/**
 * `npm run bench -- cli-speed [--max N]`: only the CLI end to end against sim_text -r 8 on the
 * same files (1k, 10k, 100k, capped by --max or VERSO_BENCH_MAX): CPU ratio, peak memory, each
 * phase's share at 10k and the growth from size to size, all measured in this one run; with
 * VERSO_CLI_BEFORE=/path/to/older/dist-cli/verso.mjs that build is timed too, beside it.
 */
export function runCliSpeedBench(): void {
  const at = process.argv.indexOf('--max');
  runCliSpeed(Number(at >= 0 ? process.argv[at + 1] : (process.env.VERSO_BENCH_MAX ?? 100_000)));
}
