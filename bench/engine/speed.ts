import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignTexts } from '../../src/core/diff/align-texts';
import { findEchoesWithin } from '../../src/core/echoes/find-echoes-within';
import type { CorpusArticle } from './corpus';
import { editCopy } from './edits';
import { naiveLcs, naiveSentencePairs } from './naive';
import { seeded, timeMedian } from './random';
import { hasSimText, timeSimText } from './sim-text';
import { learnProse, syntheticArchive, writeProse } from './synthetic';

const SAMPLE = fileURLToPath(new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url));
const CHILD = fileURLToPath(new URL('./scan-child.ts', import.meta.url));
const SIZES = [1000, 2000, 5000, 10_000];
/** Archive size at which the quadratic naive baseline is actually run (then scaled by N²). */
const NAIVE_SIZE = 200;

/** One printed row: what was measured, Verso's median, and the baselines beside it. */
interface Row {
  readonly what: string;
  readonly ms: number;
  readonly baselines: readonly (readonly [string, number])[];
  readonly target: string;
}

const ms = (x: number): string =>
  Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x.toFixed(0)) : '—';
const ratio = (base: number, ours: number): string =>
  Number.isFinite(base) ? `${(base / ours).toFixed(base / ours < 10 ? 1 : 0)}×` : '—';

function sampleRow(): Row {
  const text = readFileSync(SAMPLE, 'utf8');
  const verso = timeMedian(200, () => findEchoesWithin({ id: 'sample', text }));
  const naive = timeMedian(50, () => naiveSentencePairs([text]));
  const baselines: [string, number][] = [['naive sentence pairs', naive]];
  if (hasSimText())
    baselines.push(['sim_text (process)', timeMedian(5, () => timeSimText([text]))]);
  return { what: 'sample article, echoes within (seeds/)', ms: verso, baselines, target: '< 2 ms' };
}

function diffRow(corpus: readonly CorpusArticle[]): Row {
  const rand = seeded(99);
  const model = learnProse(corpus);
  const v1 = writeProse(model, 5000, rand);
  const v2 = v1.map((p) => (rand() < 0.15 ? editCopy(p, 0.1, model.vocabulary, rand).text : p));
  v2.splice(3, 1);
  v2.splice(10, 0, ...writeProse(model, 80, rand));
  const a = v1.join('\n\n');
  const b = v2.join('\n\n');
  const verso = timeMedian(20, () => alignTexts(a, b));
  const naive = timeMedian(3, () => naiveLcs(a, b));
  return {
    what: 'diff of two 5,000-word versions',
    ms: verso,
    baselines: [['naive word LCS', naive]],
    target: '< 50 ms',
  };
}

function largeTextRow(corpus: readonly CorpusArticle[]): Row {
  const rand = seeded(5);
  const model = learnProse(corpus);
  const copy = writeProse(model, 60, rand).join(' ');
  const text = [
    copy,
    ...writeProse(model, 850_000, rand),
    editCopy(copy, 0.1, model.vocabulary, rand).text,
  ].join('\n\n');
  const verso = timeMedian(3, () => findEchoesWithin({ id: 'big', text }));
  const mb = (text.length / 1e6).toFixed(1);
  return {
    what: `one ${mb}M-character text, echoes within (robustness)`,
    ms: verso,
    baselines: [],
    target: 'near-linear',
  };
}

interface ChildResult {
  size: number;
  words: number;
  fingerprintMs: number;
  scanMs: number;
  echoes: number;
  queryMs: number;
  naiveQueryMs: number | null;
  maxRssMb: number;
}

function runChild(size: number): ChildResult {
  const args = ['--expose-gc', '--import', 'tsx', CHILD, String(size)];
  if (size === SIZES.at(-1)) args.push('--naive-query');
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0)
    throw new Error(`scan of ${size} articles failed: ${run.stderr.slice(0, 500)}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}

function scanRows(corpus: readonly CorpusArticle[]): { rows: Row[]; growth: string[] } {
  const archive = syntheticArchive(learnProse(corpus), SIZES.at(-1) ?? 0).map((p) =>
    p.join('\n\n'),
  );
  const naiveSmall = timeMedian(1, () => naiveSentencePairs(archive.slice(0, NAIVE_SIZE)));
  const rows: Row[] = [];
  const growth: string[] = [];
  let last: ChildResult | undefined;
  for (const size of SIZES) {
    const r = runChild(size);
    last = r;
    const baselines: [string, number][] = [
      [
        `naive sentence pairs (run at ${NAIVE_SIZE}, ×(N/${NAIVE_SIZE})²)`,
        naiveSmall * (size / NAIVE_SIZE) ** 2,
      ],
    ];
    if (hasSimText()) baselines.push(['sim_text', timeSimText(archive.slice(0, size))]);
    rows.push({
      what: `scan ${size} articles (from stored fingerprints)`,
      ms: r.scanMs,
      baselines,
      target: size === 10_000 ? '< 5 s' : '',
    });
    growth.push(
      `  ${String(size).padStart(6)} articles (~${r.words} words): fingerprint ${ms(r.fingerprintMs).padStart(5)} ms (import time) + scan ${ms(r.scanMs).padStart(5)} ms = ${ms(r.fingerprintMs + r.scanMs).padStart(5)} ms; ${r.echoes} echoes; peak RSS ${r.maxRssMb.toFixed(0)} MB`,
    );
  }
  if (last) {
    rows.push({
      what: `one new article against the ${last.size}-article index`,
      ms: last.queryMs,
      baselines: [['naive sentence probe', last.naiveQueryMs ?? Number.NaN]],
      target: '< 30 ms',
    });
    rows.push({
      what: `peak memory, ${last.size}-article scan process (MB)`,
      ms: last.maxRssMb,
      baselines: [],
      target: '< 1536 MB',
    });
  }
  return { rows, growth };
}

/** Time the engine against its baselines and print the table the README quotes. */
export function runSpeed(corpus: readonly CorpusArticle[] | undefined): void {
  console.log(
    `\nSpeed — medians in ms, Node ${process.version}, ratio = baseline ÷ Verso${hasSimText() ? '' : ' (sim_text not installed at /usr/bin/sim_text: its baselines are skipped)'}`,
  );
  const rows = [sampleRow()];
  let growth: string[] = [];
  if (corpus) {
    rows.push(diffRow(corpus), largeTextRow(corpus));
    const scan = scanRows(corpus);
    rows.push(...scan.rows);
    growth = scan.growth;
  }
  console.log('| measure | Verso | baselines (ms, ratio) | target |');
  console.log('| --- | ---: | --- | --- |');
  for (const r of rows) {
    const base = r.baselines.map(([name, b]) => `${name}: ${ms(b)} (${ratio(b, r.ms)})`).join('; ');
    console.log(`| ${r.what} | ${ms(r.ms)} | ${base || '—'} | ${r.target} |`);
  }
  if (growth.length === 0) return;
  console.log(
    '\nGrowth of the archive-wide scan (synthetic archive from corpus words, with planted copies):',
  );
  for (const line of growth) console.log(line);
}
