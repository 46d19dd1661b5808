import { ArchiveClusters } from '../core/echoes/clusters/archive-clusters';
import type { Cluster, Passage } from '../core/model';
import type { CommandIo } from './command-io';
import { type EchoesArgs, echoesUsage, parseEchoesArgs } from './echoes-args';
import { usageError } from './usage';
import { wantsHelp } from './parse-options';
import { clusterEchoesJson, clusterJson, documentJson } from './echoes-json';
import { LEGEND, formatCluster } from './echo-report';
import {
  type DocumentFile,
  checkReadable,
  isHtml,
  readDocumentFile,
  readTextDocumentSync,
  readTextFile,
} from './read-document';
import { phaseClock } from './phase-clock';
import { LineBytes } from './line-bytes';

export { echoesUsage, parseEchoesArgs } from './echoes-args';

/** Files read between two fingerprinting rounds. */
const BATCH = 256;

/** A document read: what the output names it by, and its text when it is kept (see below). */
interface ReadDoc {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly text: string | undefined;
}

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
  const docs: ReadDoc[] = [];
  const archive = new ArchiveClusters();
  let failures = 0;
  // Texts are fingerprinted a batch at a time, so the clock is read per batch, not per file.
  const pending: { id: string; text: string }[] = [];
  const fingerprint = () =>
    clock.time('fingerprint', () => {
      for (const doc of pending) archive.add(doc.id, doc.text);
      pending.length = 0;
    });
  // Documents' JSON is built as bytes, a plain UTF-8 file's text escaped straight from its bytes.
  const out = parsed.format === 'text' ? undefined : new LineBytes();
  const emit = async (chunk: Uint8Array): Promise<void> => {
    if (io.bytes) return io.bytes(chunk);
    // An io without `bytes` (a test's) gets the lines one by one, as `stdout` promises.
    for (const line of new TextDecoder().decode(chunk.subarray(0, chunk.length - 1)).split('\n'))
      await io.stdout(line);
  };
  if (parsed.format === 'json') out?.text('{"documents":[\n');
  for (const [n, path] of parsed.paths.entries()) {
    if (n % 500 === 0)
      io.progress?.(
        `echoes: read ${n.toLocaleString('en')} of ${parsed.paths.length.toLocaleString('en')} files`,
      );
    let file: DocumentFile & { readonly utf8?: Uint8Array };
    try {
      // Text files synchronously (the usual case), HTML through its extraction.
      checkReadable(path);
      file = isHtml(path) ? await readDocumentFile(path) : readTextFile(path);
    } catch (error) {
      failures++;
      io.stderr(error instanceof Error ? error.message : `${path}: cannot read the file`);
      continue;
    }
    const id = `doc${docs.length + 1}`;
    if (out) writeDocument(out, parsed.format === 'jsonl', docs.length > 0, id, file);
    // Most documents only add to the chunk: no await for them.
    const chunk = out?.take();
    if (chunk) await emit(chunk);
    pending.push({ id, text: file.text });
    if (pending.length === BATCH) fingerprint();
    if (!/[\p{L}\p{N}]/u.test(file.text))
      io.stderr(`${file.path}: no words in it, so nothing to compare`);
    const keep = parsed.format === 'text' || path === '-' || isHtml(path);
    docs.push({ id, path, title: file.title, text: keep ? file.text : undefined });
  }
  const last = out?.take(0);
  if (last) await emit(last);
  fingerprint();
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

/**
 * One document's line of JSON, as JSON.stringify writes `documentJson` (after a comma in `--json`
 * but the first; with `"type":"document"` first in `--jsonl`), the text escaped from the file's
 * bytes when they are plain UTF-8.
 */
function writeDocument(
  out: LineBytes,
  jsonl: boolean,
  comma: boolean,
  id: string,
  file: DocumentFile & { readonly utf8?: Uint8Array },
): void {
  const { path, title, text, utf8 } = file;
  const head = jsonl ? '{"type":"document",' : `${comma ? ',' : ''}{`;
  if (!utf8) {
    out.text(`${head}${JSON.stringify(documentJson({ id, path, title, text })).slice(1)}\n`);
    return;
  }
  out.text(
    `${head}"id":${JSON.stringify(id)},"path":${JSON.stringify(path)},"title":${JSON.stringify(title)},"text":"`,
  );
  out.jsonString(utf8);
  out.text('"}\n');
}

// A text file's text again (undefined when it can no longer be read).
function reread(path: string): string | undefined {
  try {
    return readTextDocumentSync(path).text;
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
  if (parsed.format === 'jsonl') {
    for (const c of clusters) await io.stdout(JSON.stringify(clusterJson(c, textOf)));
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
