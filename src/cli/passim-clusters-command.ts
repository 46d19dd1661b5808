import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClusterTally, passageSimilarity } from '../interop/passim/passim-cluster';
import { passimPartPaths } from '../interop/passim/passim-conf';
import { parsePassimLine, type PassimPassage } from '../interop/passim/passim-record';
import { checkSpanLength } from '../interop/passim/passim-span';
import { ClusterSpool } from './cluster-spool';
import { EXIT, type CommandIo } from './command-io';
import { errorWords } from './error-words';
import { removeOnExit } from './exit-cleanup';
import { numberOption, parseOptions, wantsHelp } from './parse-options';
import { mergeRuns, reduceRuns, RunWriter } from './passim-runs';
import { readLines } from './read-lines';
import { usageError } from './usage';

/** `verso passim-clusters --help`. */
export const passimClustersUsage = `usage: verso passim-clusters [--jsonl] [--tmp DIR] [--run-size N] PASSIM-OUT

passim's clusters in Verso's own cluster shape, one JSON object a line, as echoes --jsonl writes
them: {"type":"cluster","id","kind","size","similarity","origin","representative","boilerplate",
"passages":[{"doc","start","end","text","similarity"}]}. PASSIM-OUT is passim's output folder (or its out.json);
every part-* file is read, plain or .gz. A line that is not a passim record is named on stderr
by file and line number (exit 1) and the rest are still read; a cluster left with one passage
(its others refused) repeats nothing and is not written.

Passages are sorted by cluster on disk (an external merge sort in runs of N records), so memory
stays bounded however large a cluster is. Passages are ordered by date (undated last, as is a
date that names no real day, such as 2026-13-45); the first is the origin and the
representative; each similarity is its words aligned to it.

  --jsonl        accepted for symmetry: the output is always JSON Lines
  --tmp DIR      where the sorted runs go (default: the system's temporary folder)
  --run-size N   records per sorted run (default 50000)`;

/** The part files of a passim output folder (or of out.json itself), by path. */
function partFiles(dir: string): string[] | string {
  const out = existsSync(join(dir, 'out.json')) ? join(dir, 'out.json') : dir;
  let names: string[];
  try {
    if (!statSync(out).isDirectory()) return `${dir}: not a folder (give passim's output folder)`;
    names = readdirSync(out);
  } catch (error) {
    return `${dir}: cannot read the folder (${errorWords(error, 'folder')})`;
  }
  const parts = passimPartPaths(names).map((name) => join(out, name));
  return parts.length > 0 ? parts : `${dir}: no part-* files (is this passim's output folder?)`;
}

/** `verso passim-clusters …`: exit 1 when some lines or files could not be read. */
export async function runPassimClusters(args: readonly string[], io: CommandIo): Promise<number> {
  if (wantsHelp(args)) {
    await io.stdout(passimClustersUsage);
    return EXIT.ok;
  }
  const parsed = parseOptions(args, {
    jsonl: { type: 'boolean' },
    tmp: { type: 'string' },
    'run-size': { type: 'string' },
  });
  const usage = (reason: string) => usageError('passim-clusters', reason, passimClustersUsage, io);
  if (typeof parsed === 'string') return usage(parsed);
  const [dir, ...extra] = parsed.positionals;
  if (dir === undefined || extra.length > 0) return usage('give one passim output folder');
  const runSize = numberOption('--run-size', parsed.values['run-size']) ?? 50_000;
  if (typeof runSize === 'string' || !Number.isInteger(runSize) || runSize < 1)
    return usage('--run-size needs a whole number ≥ 1');
  const parts = partFiles(dir);
  if (typeof parts === 'string') {
    io.stderr(parts);
    return EXIT.someFailed;
  }
  let work: string;
  try {
    work = mkdtempSync(join(parsed.values.tmp ?? tmpdir(), 'verso-passim-'));
  } catch (error) {
    const where = parsed.values.tmp === undefined ? tmpdir() : `--tmp ${parsed.values.tmp}`;
    io.stderr(
      `${where}: cannot make a folder for the sorted runs (${errorWords(error, 'folder')})`,
    );
    return EXIT.someFailed;
  }
  const removeWork = removeOnExit(work);
  try {
    const runs = new RunWriter(work, runSize);
    const failures = await readParts(parts, runs, io);
    let sorted: AsyncIterable<PassimPassage>;
    if (runs.runs.length === 0) sorted = fromArray(runs.takeRest());
    else {
      await runs.spill();
      sorted = mergeRuns(await reduceRuns(runs.runs, work));
    }
    const alone = await writeClusters(sorted, join(work, 'spool.json'), io);
    if (alone > 0)
      io.stderr(
        `passim-clusters: ${alone.toLocaleString('en')} ${alone === 1 ? 'cluster' : 'clusters'} left with one passage read, not written`,
      );
    return failures > 0 ? EXIT.someFailed : EXIT.ok;
  } catch (error) {
    // A system error past the reading of the parts is the sort's own files' (a full disk).
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    io.stderr(`${work}: cannot write the sorted runs (${errorWords(error, 'folder')})`);
    return EXIT.someFailed;
  } finally {
    removeWork();
  }
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function readParts(
  parts: readonly string[],
  runs: RunWriter,
  io: CommandIo,
): Promise<number> {
  let failures = 0;
  let records = 0;
  for (const part of parts) {
    let n = 0;
    // Set while a passage goes to the sorted runs: a failure then is theirs, not the part's.
    let sorting = false;
    try {
      for await (const line of readLines(part)) {
        n++;
        const parsed = parsePassimLine(line);
        if (parsed.kind === 'blank') continue;
        const reason = parsed.kind === 'bad' ? parsed.reason : checkSpanLength(parsed.passage);
        if (reason !== undefined || parsed.kind !== 'passage') {
          failures++;
          io.stderr(`${part}:${n}: ${reason ?? 'not a passim record'}`);
          continue;
        }
        sorting = true;
        await runs.add(parsed.passage);
        sorting = false;
        if (++records % 100_000 === 0)
          io.progress?.(`passim-clusters: ${records.toLocaleString('en')} passages read`);
      }
    } catch (error) {
      if (sorting) throw error;
      failures++;
      io.stderr(
        `${part}: cannot read ${n === 0 ? 'the file' : `past line ${n}`} (${errorWords(error)})`,
      );
    }
  }
  return failures;
}

/**
 * Writes each cluster of two passages or more, and returns how many had only one: a cluster
 * whose other records were refused repeats nothing, so it is left out, as the app's passim
 * import and echoes --jsonl do.
 */
async function writeClusters(
  sorted: AsyncIterable<PassimPassage>,
  spoolFile: string,
  io: CommandIo,
): Promise<number> {
  const spool = new ClusterSpool(spoolFile);
  let tally: ClusterTally | undefined;
  let representative = '';
  let clusters = 0;
  let alone = 0;
  const end = async (): Promise<void> => {
    if (!tally) return;
    if (tally.size < 2) {
      spool.drop();
      alone++;
      return;
    }
    const head = JSON.stringify(tally.header());
    await spool.writeLine(head.slice(0, -1), io);
    if (++clusters % 10_000 === 0)
      io.progress?.(`passim-clusters: ${clusters.toLocaleString('en')} clusters written`);
  };
  for await (const p of sorted) {
    if (tally?.id !== p.cluster) {
      await end();
      tally = new ClusterTally(p.cluster);
      representative = p.text;
    }
    const similarity =
      tally.size === 0 ? 1 : p.text === '' ? 0 : passageSimilarity(representative, p.text);
    tally.add(p.id, p.series, similarity);
    spool.add(JSON.stringify({ doc: p.id, start: p.begin, end: p.end, text: p.text, similarity }));
  }
  await end();
  return alone;
}
