import { readFailure } from './read-document';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ExtractedArticle } from '../core/extract/types';
import type { HtmlExtractor } from '../import/import-types';
import { EXIT, type CommandIo } from './command-io';
import { collectPaths } from './file-list';
import { parseOptions, wantsHelp } from './parse-options';
import { usageError } from './usage';
import { cliExtractor, extractFile } from './html-reader';
import { countWords } from '../core/extract/count-words';

/** `verso extract --help`. */
export const extractUsage = `usage: verso extract [--json | --jsonl] [--files-from LIST] FILE...

The article in each file (.txt, .md, .html; - reads one from standard input; a folder stands
for every file under it): title, byline, site, publication date and the plain text.

  --json, --jsonl     one JSON object a line: {"path","title","byline","siteName","publishedAt","text"}
  --files-from LIST   read more paths from LIST, one a line (- for standard input; repeatable)`;

/** The stable JSON shape (docs/architecture.md): one object per line. */
export function extractJson(path: string, article: ExtractedArticle): string {
  const { title, byline, siteName, publishedAt, text } = article;
  return JSON.stringify({ path, title, byline, siteName, publishedAt, text });
}

function readable(path: string, article: ExtractedArticle): string {
  const fields: Array<[string, string]> = [
    ['Title', article.title + (article.titleDerived ? '  (derived)' : '')],
    ['Byline', article.byline],
    ['Site', article.siteName],
    ['Published', article.publishedAt],
    ['URL', article.url],
    ['Words', String(countWords(article.text))],
  ];
  const header = fields
    .filter(([, value]) => value)
    .map(([name, value]) => `${name.padEnd(10)}${value}`)
    .join('\n');
  return `== ${path}\n${header}\n\n${article.text}\n`;
}

/**
 * `verso extract [--json|--jsonl] [--files-from LIST] FILE...`: prints each file's article. Pages
 * are read with a time limit (`extractHtml`, a worker thread by default), so none can hang it.
 */
export async function runExtract(
  args: readonly string[],
  io: CommandIo,
  extractHtml: HtmlExtractor = cliExtractor(),
): Promise<number> {
  if (wantsHelp(args)) {
    await io.stdout(extractUsage);
    return EXIT.ok;
  }
  const parsed = parseOptions(args, {
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    'files-from': { type: 'string', multiple: true },
  });
  if (typeof parsed === 'string') return usageError('extract', parsed, extractUsage, io);
  const paths = collectPaths(parsed.positionals, parsed.values['files-from']);
  if (typeof paths === 'string') return usageError('extract', paths, extractUsage, io);
  const json = parsed.values.json === true || parsed.values.jsonl === true;
  let failures = 0;
  for (const [n, path] of paths.entries()) {
    if (n % 100 === 0)
      io.progress?.(
        `extract: ${n.toLocaleString('en')} of ${paths.length.toLocaleString('en')} files`,
      );
    let bytes: Uint8Array;
    try {
      bytes = path === '-' ? readFileSync(0) : await readFile(path);
    } catch (error) {
      failures++;
      io.stderr(readFailure(path, error));
      continue;
    }
    const name = path === '-' ? 'stdin.txt' : path;
    const outcome = await extractFile(name, bytes, extractHtml);
    if (outcome.kind === 'failed') {
      failures++;
      io.stderr(`${path}: ${outcome.reason}`);
      continue;
    }
    await io.stdout(json ? extractJson(path, outcome.article) : readable(path, outcome.article));
  }
  return failures ? EXIT.someFailed : EXIT.ok;
}
