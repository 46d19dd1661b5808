import { loadCorpus } from '../engine/corpus';
import {
  type Usage,
  buildCli,
  launcherOf,
  README_CLI,
  CLONE_CLI,
  phasesOf,
  timeCli,
  timeCommand,
  timeSimTextFiles,
  warmFiles,
  writeArchiveFiles,
} from './cli-speed';

/** Archive sizes for the CLI-vs-sim_text run; `--max N` (or VERSO_BENCH_MAX) caps them. */
const SPEED_SIZES = [1000, 10_000, 100_000];
/** No single run may take longer than this (seconds). */
const LIMIT = Number(process.env.VERSO_BENCH_LIMIT ?? 1800);
const PHASES = ['read', 'fingerprint', 'cluster', 'write'] as const;

// The run of median CPU time (an odd count gives a run that happened).
function median<T extends { cpu: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.cpu - b.cpu);
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}

const cpuOf = (u: Usage | undefined) => (u?.cpu ?? NaN).toFixed(2);

/**
 * The CLI end to end against sim_text -r 8 on the same files, CPU time and peak memory. Sizes up
 * to 10k run `runs` times, the CLI, the "before" build (VERSO_CLI_BEFORE) and sim_text taking
 * turns, and each is reported by its median run: one run on a shared machine moves by ±15%.
 */
export function runCliSpeed(max: number, runs = 1): void {
  const corpus = loadCorpus();
  if (typeof corpus === 'string') {
    console.log(`CLI speed: skipped — ${corpus}`);
    return;
  }
  const sizes = SPEED_SIZES.filter((n) => n <= max);
  const lists = writeArchiveFiles(corpus, sizes);
  if (!buildCli()) {
    console.log('CLI speed: skipped — npm run build:cli failed');
    return;
  }
  const before = process.env.VERSO_CLI_BEFORE;
  console.log(
    `\nCLI end to end (${launcherOf('dist-cli/verso.mjs')} dist-cli/verso.mjs echoes --json --timings --files-from LIST, started as the installed verso is, output to a file) vs sim_text -r 8 -n -T -i on the same files; CPU = user + system seconds (GNU time); median of ${runs} interleaved run(s) up to 10k, one run above`,
  );
  console.log(
    '    files  CLI cpu s  wall s  peak MB  out MB  sim_text cpu s  wall s  peak MB  cpu ratio  CPU of phases (read/fingerprint/cluster/write ms)',
  );
  let previous: { n: number; cpu: number; cluster: number } | undefined;
  for (const n of sizes) {
    const list = lists.get(n) ?? '';
    // Every run reads the files from the page cache: the first one to read them must not pay
    // the disk for the others (at 100k, 400 MB).
    warmFiles(list);
    const times = n <= 10_000 ? Math.max(1, runs) : 1;
    const clis: ReturnType<typeof timeCli>[] = [];
    const olds: ReturnType<typeof timeCli>[] = [];
    const sims: Usage[] = [];
    const readmes: Usage[] = [];
    const clones: Usage[] = [];
    for (let r = 0; r < times; r++) {
      clis.push(timeCli(list, LIMIT));
      // What a user typing the README's command pays: npm's own start on top of the built command.
      if (n <= 10_000) readmes.push(timeCommand(README_CLI, list, LIMIT));
      if (n <= 10_000) clones.push(timeCommand(CLONE_CLI, list, LIMIT));
      if (before) olds.push(timeCli(list, LIMIT, before));
      const sim = timeSimTextFiles(list, LIMIT);
      if (sim) sims.push(sim);
    }
    const cli = median(clis);
    const sim = sims.length > 0 ? median(sims) : undefined;
    const p = PHASES.map((k) => phasesOf(cli.stderr).get(k) ?? NaN);
    const ratio = sim ? cli.cpu / sim.cpu : NaN;
    console.log(
      `    ${String(n).padStart(6)}  ${cli.cpu.toFixed(1).padStart(9)}  ${cli.wall.toFixed(1).padStart(6)}  ${cli.maxRssMb.toFixed(0).padStart(7)}  ${cli.outMb.toFixed(0).padStart(6)}  ${(sim?.cpu ?? NaN).toFixed(1).padStart(14)}  ${(sim?.wall ?? NaN).toFixed(1).padStart(6)}  ${(sim?.maxRssMb ?? NaN).toFixed(0).padStart(7)}  ${ratio.toFixed(2).padStart(9)}×  ${p.join(' / ')}${cli.ok ? '' : '  (CLI FAILED: ' + cli.stderr.trim().split('\n').at(-1) + ')'}`,
    );
    if (times > 1)
      console.log(
        `      every run: CLI cpu ${clis.map(cpuOf).join(' ')} s (wall ${clis.map((u) => u.wall.toFixed(2)).join(' ')}), sim_text cpu ${sims.map(cpuOf).join(' ')} s`,
      );
    if (readmes.length > 0) {
      const readme = median(readmes);
      console.log(
        `      as the README runs it (${README_CLI} echoes …): cpu ${readme.cpu.toFixed(2)} s, wall ${readme.wall.toFixed(2)} s, ratio to sim_text ${(sim ? readme.cpu / sim.cpu : NaN).toFixed(2)}×${readme.ok ? '' : ' (FAILED)'}`,
      );
    }
    if (clones.length > 0) {
      const clone = median(clones);
      console.log(
        `      from a clone without npm (${CLONE_CLI} echoes …): cpu ${clone.cpu.toFixed(2)} s, wall ${clone.wall.toFixed(2)} s, ratio to sim_text ${(sim ? clone.cpu / sim.cpu : NaN).toFixed(2)}×${clone.ok ? '' : ' (FAILED)'}`,
      );
    }
    const total = cli.cpu * 1000;
    if (n === 10_000)
      console.log(
        `      shares of the CLI's CPU time at 10k: ${PHASES.map((k, i) => `${k} ${((100 * (p[i] ?? 0)) / total).toFixed(0)}%`).join(', ')}, start-up and the rest ${((100 * (total - p.reduce((s, x) => s + x, 0))) / total).toFixed(0)}%`,
      );
    if (previous)
      console.log(
        `      growth ${previous.n}→${n}: CLI cpu ×${(cli.cpu / previous.cpu).toFixed(1)}, cluster phase ×${((p[2] ?? 0) / previous.cluster).toFixed(1)}`,
      );
    if (before && olds.length > 0) {
      const old = median(olds);
      const q = PHASES.map((k) => phasesOf(old.stderr).get(k));
      console.log(
        `      before (${launcherOf(before)} ${before}): cpu ${old.cpu.toFixed(2)} s, wall ${old.wall.toFixed(2)} s, peak ${old.maxRssMb.toFixed(0)} MB, ratio to sim_text ${(sim ? old.cpu / sim.cpu : NaN).toFixed(2)}×, phases ${q.join(' / ')}; now/before cpu ×${(cli.cpu / old.cpu).toFixed(2)}, wall ×${(cli.wall / old.wall).toFixed(2)}${times > 1 ? `; every run: cpu ${olds.map(cpuOf).join(' ')} s (wall ${olds.map((u) => u.wall.toFixed(2)).join(' ')})` : ''}`,
      );
    }
    previous = { n, cpu: cli.cpu, cluster: p[2] ?? NaN };
  }
}
