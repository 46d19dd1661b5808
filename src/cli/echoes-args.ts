import { collectPaths, readListFile } from './file-list';
import { numberOption, parseOptions } from './parse-options';

/** `verso echoes --help`. */
export const echoesUsage = `usage: verso echoes [--json | --jsonl] [--min-words N] [--min-similarity X] [--releases] [--files-from LIST] FILE...

Clusters of repeated passages within and across the files (.txt, .md, .html; - reads one
text from standard input; a folder stands for every file under it, images and hidden files
passed over). LIST has one path a line; --files-from - reads it from standard input.

  --json              one JSON object: documents, echoes, clusters
  --jsonl             one JSON object a line: {"type":"document",…} then {"type":"cluster",…}
  --min-words N       shortest passage, in words (default 8)
  --min-similarity X  lowest similarity of a copy to its cluster's representative, 0–1 (default 0.5)
  --releases          also group the clusters of one press release or wire story: each release
                      (two passages or more) with its first printing and every printing, what
                      each kept ({"type":"release",…} lines in --jsonl, "releases" in --json)
  --files-from LIST   read more paths from LIST (repeatable)
  --timings           print each phase's time on stderr`;

/** What `echoes` was asked to do. */
export interface EchoesArgs {
  readonly format: 'text' | 'json' | 'jsonl';
  readonly minWords?: number;
  readonly minSimilarity?: number;
  /** Print each phase's time on stderr (for the bench). */
  readonly timings: boolean;
  /** Also write releases (clusters of one reprinted story grouped, core/releases). */
  readonly releases: boolean;
  readonly paths: readonly string[];
}

/**
 * Parse `echoes` arguments (node:util parseArgs); a string is the reason they are wrong. Paths
 * come from the arguments and from `--files-from`.
 */
export function parseEchoesArgs(
  args: readonly string[],
  readList: (from: string) => string = readListFile,
): EchoesArgs | string {
  const parsed = parseOptions(args, {
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    timings: { type: 'boolean' },
    releases: { type: 'boolean' },
    'min-words': { type: 'string' },
    'min-similarity': { type: 'string' },
    'files-from': { type: 'string', multiple: true },
  });
  if (typeof parsed === 'string') return parsed;
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
  const paths = collectPaths(positionals, values['files-from'], readList);
  if (typeof paths === 'string') return paths;
  return {
    format: values.json ? 'json' : values.jsonl ? 'jsonl' : 'text',
    minWords,
    minSimilarity,
    timings: values.timings ?? false,
    releases: values.releases ?? false,
    paths,
  };
}
