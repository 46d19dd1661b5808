import {
  passimInputLine,
  seriesModes,
  type PassimArticle,
  type SeriesMode,
} from '../interop/passim/passim-input';
import { EXIT, type CommandIo } from './command-io';
import { collectPaths } from './file-list';
import { openOutput, OutputFailure, type Output } from './open-output';
import { parseOptions, wantsHelp } from './parse-options';
import { readArticles } from './read-articles';
import { extname, resolve } from 'node:path';
import { dateOf } from '../core/echoes/clusters/cluster-result';
import { FileArticles } from './file-article';
import { usageError } from './usage';

/** `verso export-passim --help`. */
export const exportPassimUsage = `usage: verso export-passim [--series source|none] [--files-from LIST] [-o OUT.jsonl[.gz]] FILE...

passim's input, one JSON record a line: {"id","series","date","title","url","text"}, from
articles on disk (.txt, .md, .html; the id is the path as given; - reads one text from standard
input; an undated file is dated by its modified time, and a later version of an earlier file, by
the app's rule, names it in "versionOf"; a file named twice is read once) or every article of a
Verso backup (.json; the id is the article's). Written to standard
output, or to OUT (gzip-compressed when it ends in .gz). Then: passim OUT.jsonl passim-out

  --series source     one passim series per source, so reuse inside one paper is ignored (default)
  --series none       every article its own series: reuse between articles of one source counts
  --files-from LIST   read more paths from LIST, one a line (- for standard input; repeatable)
  -o, --output OUT    write to OUT instead of standard output (whole or not at all)
  --jsonl             accepted for symmetry: the output is always JSON Lines`;

/** `verso export-passim …`: exit 1 when some input could not be read (the rest are written). */
export async function runExportPassim(args: readonly string[], io: CommandIo): Promise<number> {
  if (wantsHelp(args)) {
    await io.stdout(exportPassimUsage);
    return EXIT.ok;
  }
  const parsed = parseOptions(args, {
    series: { type: 'string' },
    output: { type: 'string', short: 'o' },
    jsonl: { type: 'boolean' },
    'files-from': { type: 'string', multiple: true },
  });
  if (typeof parsed === 'string') return usageError('export-passim', parsed, exportPassimUsage, io);
  const series = parsed.values.series ?? 'source';
  const mode = seriesModes.find((m) => m === series);
  if (!mode)
    return usageError(
      'export-passim',
      `--series is source or none, not "${series}"`,
      exportPassimUsage,
      io,
    );
  const paths = collectPaths(parsed.positionals, parsed.values['files-from']);
  if (typeof paths === 'string') return usageError('export-passim', paths, exportPassimUsage, io);
  const { output } = parsed.values;
  // `-o a.txt` beside the input a.txt replaced the article with its own passim record.
  if (output !== undefined && output !== '-' && paths.some((p) => resolve(p) === resolve(output)))
    return usageError(
      'export-passim',
      `-o ${output} is one of the inputs: name another file to write`,
      exportPassimUsage,
      io,
    );
  return exportArticles(paths, mode, output, io);
}

async function exportArticles(
  paths: readonly string[],
  mode: SeriesMode,
  output: string | undefined,
  io: CommandIo,
): Promise<number> {
  const out = openOutput(output, io.stdout);
  if (typeof out === 'string') {
    io.stderr(out);
    return EXIT.someFailed;
  }
  try {
    return await writeArticles(paths, mode, out, io);
  } catch (error) {
    // The file cannot be written: said once, and no more input is read for it.
    if (!(error instanceof OutputFailure)) throw error;
    io.stderr(error.message);
    return EXIT.someFailed;
  }
}

async function writeArticles(
  paths: readonly string[],
  mode: SeriesMode,
  out: Output,
  io: CommandIo,
): Promise<number> {
  let failures = 0;
  let written = 0;
  const ids = new Set<string>();
  const files = new FileArticles();
  for (const path of paths)
    for await (const article of articlesOf(path, files)) {
      if ('note' in article) {
        io.stderr(article.note);
        continue;
      }
      if ('failed' in article) {
        failures++;
        io.stderr(article.failed);
        continue;
      }
      // passim keys everything by id: a second record with one id would merge two documents.
      if (ids.has(article.id)) {
        failures++;
        io.stderr(`${path}: id "${article.id}" was already exported; this copy is left out`);
        continue;
      }
      ids.add(article.id);
      await out.line(passimInputLine(article, mode));
      if (++written % 1000 === 0)
        io.progress?.(`export-passim: ${written.toLocaleString('en')} articles`);
    }
  await out.close();
  return failures > 0 ? EXIT.someFailed : EXIT.ok;
}

// A backup's articles, or one file's article as the commands' one reader reads it (its date, else
// its modified time; its source by the app's rule; the earlier file it is a version of), or the
// note that it was already read under another path.
async function* articlesOf(
  path: string,
  files: FileArticles,
): AsyncGenerator<PassimArticle | { readonly failed: string } | { readonly note: string }> {
  if (path !== '-' && extname(path).toLowerCase() === '.json') {
    yield* readArticles(path);
    return;
  }
  const read = await files.read(path);
  if (read.kind === 'failed') yield { failed: read.reason };
  else if (read.kind === 'same') yield { note: read.note };
  else
    yield {
      id: path,
      title: read.doc.title,
      source: read.doc.site ?? '',
      url: read.article.url,
      publishedAt: dateOf(read.meta) ?? 0,
      text: read.doc.text,
      ...(read.versionOf !== undefined ? { versionOf: read.versionOf } : {}),
    };
}
