import { findClusters } from '../../src/core/echoes/find-clusters';
import { findEchoes } from '../../src/core/echoes/find-echoes';
import { loadCorpus } from '../engine/corpus';
import {
  buildCli,
  phasesOf,
  timeCli,
  timeSimTextFiles,
  warmFiles,
  writeArchiveFiles,
} from './cli-speed';
import { type Score, scoreItems } from './score-clusters';
import { buildSyndication } from './syndication';

/** Articles the syndication benchmark plants into. */
const ARTICLES = 10_000;
/** Archive sizes for the CLI-vs-sim_text run; `--max N` (or VERSO_BENCH_MAX) caps them. */
const SPEED_SIZES = [1000, 10_000, 100_000];
/** No single run may take longer than this (seconds). */
const LIMIT = Number(process.env.VERSO_BENCH_LIMIT ?? 1800);

const f3 = (x: number) => x.toFixed(3);

function printScore(name: string, score: Score, ms: number): void {
  console.log(`\n  ${name} (${(ms / 1000).toFixed(1)} s in process)`);
  console.log('    copies  joined in one item  items per paragraph  copies found whole');
  for (const s of score.sizes)
    console.log(
      `    ${String(s.size).padStart(6)}  ${f3(s.joined).padStart(18)}  ${s.items.toFixed(1).padStart(19)}  ${f3(s.whole).padStart(18)}`,
    );
  const share = score.passages ? score.falsePassages / score.passages : 0;
  console.log(
    `    false passages (match no planted copy): ${score.falsePassages} of ${score.passages} (${(100 * share).toFixed(2)}%)`,
  );
}

/** The syndication benchmark: clusters against the old pair engine on the same archive. */
export function runSyndication(): void {
  const corpus = loadCorpus();
  if (typeof corpus === 'string') {
    console.log(`syndication benchmark: skipped — ${corpus}`);
    return;
  }
  const set = buildSyndication(corpus, ARTICLES);
  const copies = set.truth.reduce((n, t) => n + t.size, 0);
  console.log(
    `\nSyndication — ${set.truth.length} real paragraphs (Readability test pages, 40–150 words) planted into 2–300 of ${ARTICLES} synthetic articles (${copies} copies, each 0–10% of words edited plus £m/we’re/quote rewrites)`,
  );
  let t0 = performance.now();
  const clusters = findClusters(set.docs);
  printScore(
    'clusters (findClusters)',
    scoreItems(
      set,
      clusters.map((c) => c.passages),
    ),
    performance.now() - t0,
  );
  t0 = performance.now();
  const pairs = findEchoes(set.docs);
  printScore(
    'baseline: pairs (findEchoes, document-frequency cap 50), each pair one item',
    scoreItems(
      set,
      pairs.map((e) => [e.a, e.b]),
    ),
    performance.now() - t0,
  );
}

/** The CLI end to end against sim_text -r 8 on the same files, CPU time and peak memory. */
export function runCliSpeed(max: number): void {
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
  console.log(
    `\nCLI end to end (node dist-cli/verso.mjs echoes --json --timings --files-from LIST, output to a file) vs sim_text -r 8 -n -T -i on the same files; CPU = user + system seconds (GNU time), one run each`,
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
    const cli = timeCli(list, LIMIT);
    const sim = timeSimTextFiles(list, LIMIT);
    const phases = phasesOf(cli.stderr);
    const p = ['read', 'fingerprint', 'cluster', 'write'].map((k) => phases.get(k) ?? NaN);
    const ratio = sim ? cli.cpu / sim.cpu : NaN;
    console.log(
      `    ${String(n).padStart(6)}  ${cli.cpu.toFixed(1).padStart(9)}  ${cli.wall.toFixed(1).padStart(6)}  ${cli.maxRssMb.toFixed(0).padStart(7)}  ${cli.outMb.toFixed(0).padStart(6)}  ${(sim?.cpu ?? NaN).toFixed(1).padStart(14)}  ${(sim?.wall ?? NaN).toFixed(1).padStart(6)}  ${(sim?.maxRssMb ?? NaN).toFixed(0).padStart(7)}  ${ratio.toFixed(2).padStart(9)}×  ${p.join(' / ')}${cli.ok ? '' : '  (CLI FAILED: ' + cli.stderr.trim().split('\n').at(-1) + ')'}`,
    );
    const total = cli.cpu * 1000;
    if (n === 10_000)
      console.log(
        `      shares of the CLI's CPU time at 10k: ${['read', 'fingerprint', 'cluster', 'write'].map((k, i) => `${k} ${((100 * (p[i] ?? 0)) / total).toFixed(0)}%`).join(', ')}, start-up and the rest ${((100 * (total - p.reduce((s, x) => s + x, 0))) / total).toFixed(0)}%`,
      );
    if (previous)
      console.log(
        `      growth ${previous.n}→${n}: CLI cpu ×${(cli.cpu / previous.cpu).toFixed(1)}, cluster phase ×${((p[2] ?? 0) / previous.cluster).toFixed(1)}`,
      );
    const before = process.env.VERSO_CLI_BEFORE;
    if (before) {
      const old = timeCli(list, LIMIT, before);
      const q = ['read', 'fingerprint', 'cluster', 'write'].map((k) => phasesOf(old.stderr).get(k));
      console.log(
        `      before (${before}): cpu ${old.cpu.toFixed(1)} s, ratio to sim_text ${(sim ? old.cpu / sim.cpu : NaN).toFixed(2)}×, phases ${q.join(' / ')}; now/before ×${(cli.cpu / old.cpu).toFixed(2)}`,
      );
    }
    previous = { n, cpu: cli.cpu, cluster: p[2] ?? NaN };
  }
}

/** `npm run bench -- clusters [--max N]`: the syndication benchmark, then the CLI speed run. */
export function runClustersBench(): void {
  const at = process.argv.indexOf('--max');
  const max = Number(at >= 0 ? process.argv[at + 1] : (process.env.VERSO_BENCH_MAX ?? 100_000));
  if (!process.argv.includes('--speed-only')) runSyndication();
  if (!process.argv.includes('--quality-only')) runCliSpeed(max);
}
