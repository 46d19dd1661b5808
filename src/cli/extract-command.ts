import { readFile } from 'node:fs/promises';
import type { ExtractedArticle } from '../core/extract/types';
import type { HtmlExtractor } from '../import/import-types';
import type { CommandIo } from './command-io';
import { cliExtractor, extractFile } from './html-reader';

/** The usage line for `extract`. */
export const extractUsage = 'usage: verso extract [--json] FILE...  (.txt, .md, .html)';

/** The stable JSON shape (docs/architecture.md): one object per line. */
export function extractJson(path: string, article: ExtractedArticle): string {
  const { title, byline, siteName, publishedAt, text } = article;
  return JSON.stringify({ path, title, byline, siteName, publishedAt, text });
}

function readable(path: string, article: ExtractedArticle): string {
  const words = article.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const fields: Array<[string, string]> = [
    ['Title', article.title + (article.titleDerived ? '  (derived)' : '')],
    ['Byline', article.byline],
    ['Site', article.siteName],
    ['Published', article.publishedAt],
    ['URL', article.url],
    ['Words', String(words)],
  ];
  const header = fields
    .filter(([, value]) => value)
    .map(([name, value]) => `${name.padEnd(10)}${value}`)
    .join('\n');
  return `== ${path}\n${header}\n\n${article.text}\n`;
}

/**
 * `verso extract [--json] FILE...`: prints each file's article; returns the exit code. Pages are
 * read with a time limit (`extractHtml`, the worker thread by default), so none can hang it.
 */
export async function runExtract(
  args: readonly string[],
  io: CommandIo,
  extractHtml: HtmlExtractor = cliExtractor(),
): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  if (paths.length === 0 || paths.some((p) => p.startsWith('--'))) {
    io.stderr(extractUsage);
    return 2;
  }
  let failures = 0;
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      failures++;
      io.stderr(
        `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
      continue;
    }
    const outcome = await extractFile(path, bytes, extractHtml);
    if (outcome.kind === 'failed') {
      failures++;
      io.stderr(`${path}: ${outcome.reason}`);
      continue;
    }
    await io.stdout(json ? extractJson(path, outcome.article) : readable(path, outcome.article));
  }
  return failures ? 1 : 0;
}
