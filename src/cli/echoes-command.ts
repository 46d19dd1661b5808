import { findEchoes } from '../core/echoes/find-echoes';
import type { Echo } from '../core/model';
import type { CommandIo } from './command-io';
import { LEGEND, type ReportDoc, formatEcho } from './echo-report';
import { type DocumentFile, readDocumentFile } from './read-document';

/** The usage line for `echoes`. */
export const echoesUsage =
  'usage: verso echoes [--json] [--min-words N] [--min-similarity X] FILE...  (.txt, .md)';

interface EchoesArgs {
  readonly json: boolean;
  readonly minWords?: number;
  readonly minSimilarity?: number;
  readonly paths: readonly string[];
}

/** Parse `echoes` arguments; a string is the reason they are wrong. */
export function parseEchoesArgs(args: readonly string[]): EchoesArgs | string {
  let json = false;
  let minWords: number | undefined;
  let minSimilarity: number | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--json') json = true;
    else if (flag === '--min-words' || flag === '--min-similarity') {
      const raw = inline ?? args[++i];
      const value = Number(raw);
      if (raw === undefined || raw === '' || !Number.isFinite(value))
        return `${flag} needs a number`;
      if (flag === '--min-words') {
        if (!Number.isInteger(value) || value < 1) return '--min-words needs a whole number ≥ 1';
        minWords = value;
      } else {
        if (value < 0 || value > 1) return '--min-similarity needs a number between 0 and 1';
        minSimilarity = value;
      }
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else paths.push(arg);
  }
  if (paths.length === 0) return 'no files given';
  return { json, minWords, minSimilarity, paths };
}

/** The stable JSON shape of docs/architecture.md: documents, then echoes with their passages' text. */
export function echoesJson(
  docs: readonly (DocumentFile & { id: string })[],
  echoes: readonly Echo[],
): string {
  const text = new Map(docs.map((d) => [d.id, d.text]));
  const passage = (p: Echo['a']) => ({
    doc: p.doc,
    start: p.start,
    end: p.end,
    text: text.get(p.doc)?.slice(p.start, p.end) ?? '',
  });
  return JSON.stringify({
    documents: docs.map(({ id, path, title, text: t }) => ({ id, path, title, text: t })),
    echoes: echoes.map((e) => ({
      kind: e.kind,
      similarity: e.similarity,
      a: passage(e.a),
      b: passage(e.b),
    })),
  });
}

/** `verso echoes [--json] [--min-words N] FILE...`: echoes within and across the files. */
export async function runEchoes(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseEchoesArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`echoes: ${parsed}\n${echoesUsage}`);
    return 2;
  }
  const docs: (DocumentFile & { id: string })[] = [];
  let failures = 0;
  for (const path of parsed.paths) {
    try {
      docs.push({ ...(await readDocumentFile(path)), id: `doc${docs.length + 1}` });
    } catch (error) {
      failures++;
      io.stderr(error instanceof Error ? error.message : `${path}: cannot read the file`);
    }
  }
  const echoes = findEchoes(docs, {
    minWords: parsed.minWords,
    minSimilarity: parsed.minSimilarity,
  });
  if (parsed.json) io.stdout(echoesJson(docs, echoes));
  else io.stdout(report(docs, echoes));
  return failures > 0 ? 1 : 0;
}

function report(docs: readonly ReportDoc[], echoes: readonly Echo[]): string {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const noun = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const head = `${noun(docs.length, 'document')}, ${noun(echoes.length, 'echo').replace('echos', 'echoes')}`;
  if (echoes.length === 0) return head;
  return [`${head}\n${LEGEND}`, ...echoes.map((e, i) => formatEcho(i + 1, e, byId))].join('\n\n');
}
