import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/** The usage line for `echoes`. */
export const echoesUsage =
  'usage: verso echoes [--json | --jsonl] [--min-words N] [--min-similarity X] [--files-from LIST] FILE...  (.txt, .md, .html; LIST: one path a line, - for stdin)';

/** What `echoes` was asked to do. */
export interface EchoesArgs {
  readonly format: 'text' | 'json' | 'jsonl';
  readonly minWords?: number;
  readonly minSimilarity?: number;
  /** Print each phase's time on stderr (for the bench). */
  readonly timings: boolean;
  readonly paths: readonly string[];
}

/**
 * Parse `echoes` arguments (node:util parseArgs); a string is the reason they are wrong. Paths
 * come from the arguments and from `--files-from` (read here, so 100,000 paths never pass
 * through the command line, whose length the system limits).
 */
export function parseEchoesArgs(
  args: readonly string[],
  readList: (from: string) => string = readListFile,
): EchoesArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        timings: { type: 'boolean' },
        'min-words': { type: 'string' },
        'min-similarity': { type: 'string' },
        'files-from': { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) return `unknown option ${unknown[1]}`;
    const missing = /Option '(--[\w-]+)/.exec(message);
    return missing ? `${missing[1]} needs a value` : message;
  }
  const { values, positionals } = parsed;
  if (values.json && values.jsonl) return 'choose one of --json and --jsonl';
  const minWords = numberOption('--min-words', values['min-words']);
  if (typeof minWords === 'string') return minWords;
  if (minWords !== undefined && (!Number.isInteger(minWords) || minWords < 1))
    return '--min-words needs a whole number ≥ 1';
  const minSimilarity = numberOption('--min-similarity', values['min-similarity']);
  if (typeof minSimilarity === 'string') return minSimilarity;
  if (minSimilarity !== undefined && (minSimilarity < 0 || minSimilarity > 1))
    return '--min-similarity needs a number between 0 and 1';
  const paths = [...positionals];
  for (const list of values['files-from'] ?? []) {
    let text: string;
    try {
      text = readList(list);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return `--files-from ${list}: cannot read the list (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`;
    }
    for (const line of text.split(/\r?\n/)) if (line.trim() !== '') paths.push(line);
  }
  if (paths.length === 0) return 'no files given';
  return {
    format: values.json ? 'json' : values.jsonl ? 'jsonl' : 'text',
    minWords,
    minSimilarity,
    timings: values.timings ?? false,
    paths,
  };
}

function numberOption(flag: string, raw: string | undefined): number | string | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return raw.trim() === '' || !Number.isFinite(value) ? `${flag} needs a number` : value;
}

/** A list of paths from a file, or from standard input for "-". */
function readListFile(from: string): string {
  return readFileSync(from === '-' ? 0 : from, 'utf8');
}
