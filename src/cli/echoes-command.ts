import { ArchiveClusters } from '../core/echoes/clusters/archive-clusters';
import type { Cluster, Passage } from '../core/model';
import type { CommandIo } from './command-io';
import { type EchoesArgs, echoesUsage, parseEchoesArgs } from './echoes-args';
import { usageError } from './usage';
import { wantsHelp } from './parse-options';
import { clusterEchoesJson, clusterJson } from './echoes-json';
import { LEGEND, formatCluster } from './echo-report';
import { readTextSync } from './read-document';
import { afterTextHeader } from './text-date';
import { type ReadDoc, readEchoesInput } from './echoes-input';
import { phaseClock } from './phase-clock';
import { LineBytes } from './line-bytes';
import { findReleases, releaseJson, releaseLines } from './echoes-releases';

export { echoesUsage, parseEchoesArgs } from './echoes-args';

/**
 * `verso echoes [--json|--jsonl] [--min-words N] [--min-similarity X] [--files-from LIST] FILE...`:
 * clusters of repeated passages within and across the files. Files are read one by one (a file
 * that cannot be read is reported and skipped, exit code 1) and fingerprinted as they come; in
 * JSON each document is written as soon as it is read. Only token hashes and marks are kept
 * between files: a text file's text is read again if a cluster reaches it (HTML, standard input
 * and the plain report keep theirs). The result is written line by line with backpressure,
 * never as one string.
 */
export async function runEchoes(args: readonly string[], io: CommandIo): Promise<number> {
  if (wantsHelp(args)) {
    await io.stdout(echoesUsage);
    return 0;
  }
  const parsed = parseEchoesArgs(args);
  if (typeof parsed === 'string') return usageError('echoes', parsed, echoesUsage, io);
  const clock = phaseClock(parsed.timings);
  const archive = new ArchiveClusters();
  // Documents' JSON is built as bytes, a plain UTF-8 file's text escaped straight from its bytes.
  const out = parsed.format === 'text' ? undefined : new LineBytes();
  const emit = async (chunk: Uint8Array): Promise<void> => {
    if (io.bytes) {
      await io.bytes(chunk);
      // Written out already (nearly always): the next chunk is gathered in its buffer.
      if (io.bytesReleased?.()) out?.giveBack();
      return;
    }
    // An io without `bytes` (a test's) gets the lines one by one, as `stdout` promises.
    for (const line of new TextDecoder().decode(chunk.subarray(0, chunk.length - 1)).split('\n'))
      await io.stdout(line);
  };
  if (parsed.format === 'json') out?.text('{"documents":[\n');
  const { docs, failures } = await readEchoesInput(parsed.paths, {
    archive,
    out,
    jsonl: parsed.format === 'jsonl',
    keepAll: parsed.format === 'text',
    io,
    emit,
    time: clock.time,
  });
  const last = out?.take(0);
  if (last) await emit(last);
  clock.lap('read');
  io.progress?.(`echoes: finding clusters in ${docs.length.toLocaleString('en')} files`);
  const byId = new Map(docs.map((d, n) => [d.id, { doc: d, n }]));
  // Texts of the documents the clusters reach, read again once each, for the passages' text.
  const reached = new Map<string, string>();
  const clusters = archive.clusters(
    (id) => {
      const doc = byId.get(id)?.doc;
      const text = doc?.text ?? (doc ? reread(doc.path) : undefined);
      if (text !== undefined) reached.set(id, text);
      return text;
    },
    {
      minWords: parsed.minWords,
      minSimilarity: parsed.minSimilarity,
      changed: (id) =>
        io.stderr(
          `${byId.get(id)?.doc.path ?? id}: changed while it was being read, so its passages have no offsets`,
        ),
    },
  );
  clock.lap('cluster');
  const textOf = (id: string) => reached.get(id) ?? byId.get(id)?.doc.text ?? '';
  await write(parsed, docs, clusters, textOf, io);
  clock.lap('write');
  if (parsed.timings) io.stderr(clock.report());
  return failures > 0 ? 1 : 0;
}

// A text file's text again (undefined when it can no longer be read), without the header lines
// its first reading took out (readEchoesInput).
function reread(path: string): string | undefined {
  try {
    const text = readTextSync(path);
    return afterTextHeader(text)?.text ?? text;
  } catch {
    return undefined;
  }
}

async function write(
  parsed: EchoesArgs,
  docs: readonly ReadDoc[],
  clusters: readonly Cluster[],
  textOf: (id: string) => string,
  io: CommandIo,
): Promise<void> {
  const releases = parsed.releases ? findReleases(clusters, docs) : [];
  const docById = new Map(docs.map((d) => [d.id, d]));
  if (parsed.format === 'jsonl') {
    for (const c of clusters) await io.stdout(JSON.stringify(clusterJson(c, textOf)));
    for (const r of releases) await io.stdout(JSON.stringify(releaseJson(r, docById)));
    return;
  }
  if (parsed.format === 'json') {
    const numbers = new Map(docs.map((d, n) => [d.id, n]));
    const order = (x: Passage, y: Passage) =>
      (numbers.get(x.doc) ?? 0) - (numbers.get(y.doc) ?? 0) || x.start - y.start;
    await io.stdout('],"echoes":[');
    await each(clusters, (c) => clusterEchoesJson(c, textOf, order), io, true);
    await io.stdout('],"clusters":[');
    await each(clusters, (c) => clusterJson(c, textOf), io);
    if (parsed.releases) {
      await io.stdout('],"releases":[');
      await each(releases, (r) => releaseJson(r, docById), io);
    }
    await io.stdout(']}');
    return;
  }
  const reportDocs = new Map(docs.map((d) => [d.id, { ...d, text: d.text ?? '' }]));
  const copies = clusters.reduce((sum, c) => sum + c.size, 0);
  const noun = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  await io.stdout(
    `${noun(docs.length, 'document')}, ${noun(clusters.length, 'cluster')} of repeated passages (${noun(copies, 'passage')})`,
  );
  if (clusters.length > 0) await io.stdout(LEGEND);
  // One article is read as the reader shows it; a corpus is read strongest first (r16: in file
  // order, thousands of files would put a wire story printed 300 times after every small echo).
  const listed = docs.length === 1 ? textOrder(clusters, docs) : clusters;
  for (let i = 0; i < listed.length; i++) {
    const c = listed[i];
    if (c) await io.stdout(`\n${formatCluster(i + 1, c, reportDocs)}`);
  }
  if (parsed.releases)
    await io.stdout(
      `\n${releases.length} ${releases.length === 1 ? 'release' : 'releases'} (clusters of one reprinted story)`,
    );
  for (let i = 0; i < releases.length; i++) {
    const r = releases[i];
    if (r) for (const line of releaseLines(i + 1, r, docById)) await io.stdout(line);
  }
}

/**
 * The clusters in the order they first appear (the files as given, then the place in the text),
 * so "Cluster 2" of the report is the passage the reader marks ² (article-clusters.ts numbers
 * them so) and a person moving between the two is not sent to the wrong passage.
 */
function textOrder(clusters: readonly Cluster[], docs: readonly ReadDoc[]): Cluster[] {
  const numbers = new Map(docs.map((d, n) => [d.id, n]));
  const first = (c: Cluster): [number, number] =>
    c.passages.reduce<[number, number]>(
      (best, p) => {
        const at: [number, number] = [numbers.get(p.doc) ?? 0, p.start];
        return at[0] < best[0] || (at[0] === best[0] && at[1] < best[1]) ? at : best;
      },
      [Infinity, Infinity],
    );
  const keyed = clusters.map((c) => ({ c, at: first(c) }));
  keyed.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1]);
  return keyed.map(({ c }) => c);
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
