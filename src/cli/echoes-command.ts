import { EchoIndex } from '../core/echoes/echo-index';
import type { Cluster, Passage } from '../core/model';
import type { CommandIo } from './command-io';
import { type EchoesArgs, echoesUsage, parseEchoesArgs } from './echoes-args';
import { usageError } from './usage';
import { wantsHelp } from './parse-options';
import { type JsonDoc, clusterEchoesJson, clusterJson, documentJson } from './echoes-json';
import { LEGEND, formatCluster } from './echo-report';
import { readDocumentFile } from './read-document';

export { echoesUsage, parseEchoesArgs } from './echoes-args';

/**
 * `verso echoes [--json|--jsonl] [--min-words N] [--min-similarity X] [--files-from LIST] FILE...`:
 * clusters of repeated passages within and across the files. Files are read one by one (a file
 * that cannot be read is reported and skipped, exit code 1), fingerprinted, clustered, and the
 * result is written line by line with backpressure, never as one string.
 */
export async function runEchoes(args: readonly string[], io: CommandIo): Promise<number> {
  if (wantsHelp(args)) {
    await io.stdout(echoesUsage);
    return 0;
  }
  const parsed = parseEchoesArgs(args);
  if (typeof parsed === 'string') return usageError('echoes', parsed, echoesUsage, io);
  const clock = phaseClock();
  const docs: JsonDoc[] = [];
  let failures = 0;
  for (const [n, path] of parsed.paths.entries()) {
    if (n % 500 === 0)
      io.progress?.(
        `echoes: read ${n.toLocaleString('en')} of ${parsed.paths.length.toLocaleString('en')} files`,
      );
    try {
      const doc = { ...(await readDocumentFile(path)), id: `doc${docs.length + 1}` };
      docs.push(doc);
      if (parsed.format === 'jsonl')
        await io.stdout(JSON.stringify({ type: 'document', ...documentJson(doc) }));
    } catch (error) {
      failures++;
      io.stderr(error instanceof Error ? error.message : `${path}: cannot read the file`);
    }
  }
  clock.lap('read');
  io.progress?.(`echoes: finding clusters in ${docs.length.toLocaleString('en')} files`);
  const index = new EchoIndex();
  for (const doc of docs) {
    index.add(doc.id, doc.text);
    if (!/[\p{L}\p{N}]/u.test(doc.text))
      io.stderr(`${doc.path}: no words in it, so nothing to compare`);
  }
  clock.lap('fingerprint');
  const clusters = index.scanClustersSync({
    minWords: parsed.minWords,
    minSimilarity: parsed.minSimilarity,
  });
  clock.lap('cluster');
  await write(parsed, docs, clusters, io);
  clock.lap('write');
  if (parsed.timings) io.stderr(clock.report());
  return failures > 0 ? 1 : 0;
}

async function write(
  parsed: EchoesArgs,
  docs: readonly JsonDoc[],
  clusters: readonly Cluster[],
  io: CommandIo,
): Promise<void> {
  const byId = new Map(docs.map((d, n) => [d.id, { doc: d, n }]));
  const textOf = (id: string) => byId.get(id)?.doc.text ?? '';
  const order = (x: Passage, y: Passage) =>
    (byId.get(x.doc)?.n ?? 0) - (byId.get(y.doc)?.n ?? 0) || x.start - y.start;
  if (parsed.format === 'jsonl') {
    for (const c of clusters) await io.stdout(JSON.stringify(clusterJson(c, textOf)));
    return;
  }
  if (parsed.format === 'json') {
    await io.stdout('{"documents":[');
    await each(docs, (d) => documentJson(d), io);
    await io.stdout('],"echoes":[');
    await each(clusters, (c) => clusterEchoesJson(c, textOf, order), io, true);
    await io.stdout('],"clusters":[');
    await each(clusters, (c) => clusterJson(c, textOf), io);
    await io.stdout(']}');
    return;
  }
  const reportDocs = new Map(docs.map((d) => [d.id, d]));
  const copies = clusters.reduce((sum, c) => sum + c.size, 0);
  const noun = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  await io.stdout(
    `${noun(docs.length, 'document')}, ${noun(clusters.length, 'cluster')} of repeated passages (${noun(copies, 'passage')})`,
  );
  if (clusters.length > 0) await io.stdout(LEGEND);
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i];
    if (c) await io.stdout(`\n${formatCluster(i + 1, c, reportDocs)}`);
  }
}

/** Write items as comma-separated JSON lines; `flat` items are arrays spread into the list. */
async function each<T>(
  items: readonly T[],
  toJson: (item: T) => object,
  io: CommandIo,
  flat = false,
): Promise<void> {
  let first = true;
  for (const item of items) {
    const json = toJson(item);
    for (const one of flat ? (json as object[]) : [json]) {
      await io.stdout(`${first ? '' : ','}${JSON.stringify(one)}`);
      first = false;
    }
  }
}

/** Times the command's phases for `--timings`: wall and CPU (user + system) milliseconds. */
function phaseClock(): { lap: (name: string) => void; report: () => string } {
  const laps: string[] = [];
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  return {
    lap: (name) => {
      const now = performance.now();
      const cpu = process.cpuUsage(lastCpu);
      laps.push(
        `${name} ${Math.round(now - last)} ms ${Math.round((cpu.user + cpu.system) / 1000)} cpu-ms`,
      );
      last = now;
      lastCpu = process.cpuUsage();
    },
    report: () => `phases: ${laps.join(', ')}`,
  };
}
