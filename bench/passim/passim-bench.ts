import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, openSync, closeSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli';
import { seeded, writeSyntheticPassim } from './synthetic-passim';

/** Records of the synthetic passim output (VERSO_PASSIM_RECORDS), and its one big cluster. */
const RECORDS = Number(process.env.VERSO_PASSIM_RECORDS ?? 1_000_000);
const BIG = Number(process.env.VERSO_PASSIM_BIG ?? 100_000);
/** Articles in the synthetic backup for export-passim (VERSO_PASSIM_ARTICLES). */
const ARTICLES = Number(process.env.VERSO_PASSIM_ARTICLES ?? 50_000);

const baselines = fileURLToPath(new URL('./naive-baselines.mjs', import.meta.url));

interface Timed {
  readonly wall: number;
  readonly cpu: number;
  readonly rssMb: number;
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs a node process under GNU time, stdout to `out`: wall s, user+sys s, peak RSS. */
function timed(args: readonly string[], out: string): Timed {
  const fd = openSync(out, 'w');
  const run = spawnSync('/usr/bin/time', ['-f', '@@ %e %U %S %M', process.execPath, ...args], {
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  closeSync(fd);
  const line = /@@ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr) ?? [];
  return {
    wall: Number(line[1]),
    cpu: Number(line[2]) + Number(line[3]),
    rssMb: Number(line[4]) / 1024,
    code: run.status,
    stderr: run.stderr.replace(/@@.*\n?/, '').trim(),
  };
}

async function writeBackup(path: string, articles: number): Promise<void> {
  const random = seeded(9);
  const out = createWriteStream(path);
  out.write('{"format":2,"exportedAt":"2026-11-30T00:00:00.000Z","articles":[');
  const vocab =
    'the a council railway money storm harbour minister said would five years line track winter engineers'.split(
      ' ',
    );
  for (let i = 0; i < articles; i++) {
    const text = Array.from({ length: 500 }, () => vocab[Math.floor(random() * vocab.length)]).join(
      ' ',
    );
    const a = {
      id: `article-${i}`,
      title: `Article ${i}`,
      source: `paper-${i % 400}`,
      url: `https://news.example/${i}`,
      publishedAt: Date.UTC(1850, 0, 1 + (i % 3650)),
      importedAt: Date.UTC(2026, 0, 1),
      text,
    };
    if (!out.write(`${i ? ',' : ''}${JSON.stringify(a)}`)) await once(out, 'drain');
  }
  out.end(']}');
  await once(out, 'finish');
}

const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')}/s`;
const show = (name: string, t: Timed, n: number, unit: string) =>
  console.log(
    `  ${name.padEnd(44)} ${t.wall.toFixed(1).padStart(7)} s wall ${t.cpu.toFixed(1).padStart(7)} s CPU  ${rate(n, t.cpu).padStart(10)} ${unit} per CPU s  peak RSS ${Math.round(t.rssMb)} MB${t.code ? `  (exit ${t.code})` : ''}`,
  );

/** `npm run bench -- passim`: export-passim and passim-clusters throughput and peak memory. */
export async function runPassimBench(): Promise<void> {
  const entry = await buildCli();
  const work = join(tmpdir(), `verso-passim-bench-${RECORDS}-${BIG}`);
  if (!existsSync(join(work, 'out.json'))) {
    console.log(`  writing ${RECORDS.toLocaleString('en')} synthetic passim records to ${work} …`);
    await writeSyntheticPassim(work, RECORDS, BIG);
  }
  const bytes = ['00000', '00001', '00002', '00003', '00004', '00005', '00006', '00007']
    .map((n) => statSync(join(work, 'out.json', `part-${n}.json`)).size)
    .reduce((x, y) => x + y, 0);
  console.log(
    `\npassim-clusters on ${RECORDS.toLocaleString('en')} records (${(bytes / 1e6).toFixed(0)} MB, 8 parts; one cluster of ${BIG.toLocaleString('en')} passages, the rest 2–20; 40-word passages, copies 1 word in 12 edited)`,
  );
  const cli = timed([entry, 'passim-clusters', work], join(work, 'clusters.jsonl'));
  show('verso passim-clusters (sort on disk, align)', cli, RECORDS, 'records');
  if (cli.stderr) console.log(`    stderr: ${cli.stderr.slice(0, 300)}`);
  const naive = timed([baselines, 'group', work, join(work, 'naive.jsonl')], '/dev/null');
  show('baseline: all in memory, Map by cluster', naive, RECORDS, 'records');
  console.log(
    `  ratios: CPU ×${(cli.cpu / naive.cpu).toFixed(1)} of the baseline, peak RSS ×${(cli.rssMb / naive.rssMb).toFixed(2)}`,
  );

  const backup = join(tmpdir(), `verso-passim-bench-backup-${ARTICLES}.json`);
  if (!existsSync(backup)) await writeBackup(backup, ARTICLES);
  mkdirSync(work, { recursive: true });
  console.log(
    `\nexport-passim of a ${ARTICLES.toLocaleString('en')}-article backup (${(statSync(backup).size / 1e6).toFixed(0)} MB, 500 words each)`,
  );
  const exp = timed(
    [entry, 'export-passim', backup, '-o', join(work, 'export.jsonl')],
    '/dev/null',
  );
  show('verso export-passim -o FILE', exp, ARTICLES, 'articles');
  const naiveExport = timed(
    [baselines, 'export', backup, join(work, 'naive-export.jsonl')],
    '/dev/null',
  );
  show('baseline: parse, build one string, write', naiveExport, ARTICLES, 'articles');
  console.log(
    `  ratios: CPU ×${(exp.cpu / naiveExport.cpu).toFixed(1)}, peak RSS ×${(exp.rssMb / naiveExport.rssMb).toFixed(2)}`,
  );
}
