import { findClusters } from '../../src/core/echoes/find-clusters';
import { findEchoes } from '../../src/core/echoes/find-echoes';
import { loadCorpus } from '../engine/corpus';
import { runCliSpeed } from './cli-speed-run';
import { type Score, scoreItems } from './score-clusters';
import { buildSyndication } from './syndication';

/** Articles the syndication benchmark plants into. */
const ARTICLES = 10_000;

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

/** `npm run bench -- clusters [--max N]`: the syndication benchmark, then the CLI speed run. */
export function runClustersBench(): void {
  const at = process.argv.indexOf('--max');
  const max = Number(at >= 0 ? process.argv[at + 1] : (process.env.VERSO_BENCH_MAX ?? 100_000));
  if (!process.argv.includes('--speed-only')) runSyndication();
  if (!process.argv.includes('--quality-only')) runCliSpeed(max);
}
