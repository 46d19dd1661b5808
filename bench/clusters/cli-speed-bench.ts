import { runCliSpeed } from './cli-speed-run';

/**
 * `npm run bench -- cli-speed [--max N] [--runs R]`: only the CLI end to end against sim_text -r 8
 * on the same files (1k, 10k, 100k, capped by --max or VERSO_BENCH_MAX): CPU ratio, peak memory,
 * each phase's share at 10k and the growth from size to size, all measured in this one run; up
 * to 10k each is the median of R interleaved runs (default 1). With
 * VERSO_CLI_BEFORE=/path/to/older/dist-cli/verso.mjs that build is timed too, beside it.
 */
export function runCliSpeedBench(): void {
  const option = (name: string, fallback: string) => {
    const at = process.argv.indexOf(name);
    return Number(at >= 0 ? process.argv[at + 1] : fallback);
  };
  runCliSpeed(option('--max', process.env.VERSO_BENCH_MAX ?? '100000'), option('--runs', '1'));
}
