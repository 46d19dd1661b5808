import type { ExtractedArticle } from '../core/extract/types';
import type { HtmlExtractor } from '../import/import-types';
import { EXIT, type CommandIo } from './command-io';
import { collectPaths } from './file-list';
import { parseOptions, wantsHelp } from './parse-options';
import { usageError } from './usage';
import { cliExtractor } from './html-reader';
import { countWords } from '../core/extract/count-words';
import { FileArticles } from './file-article';
import { instantToIso } from '../core/extract/parse-instant';

/** What the one reader adds to a file's article: its modified time, and whose version it is. */
interface FileFacts {
  /** ISO: the page's own, else the file's modified time (what dates an undated file in echoes). */
  readonly modifiedAt?: string;
  /**
   * The source the app files it under (its site, else its address's host, one name for all of a
   * paper's spellings: what echoes counts and export-passim's series is) when it differs from
   * `siteName`, which is the page's own word.
   */
  readonly source?: string;
  /** The path of the earlier file it is a version of (one address, or one paper and headline). */
  readonly versionOf?: string;
}

/** `verso extract --help`. */
export const extractUsage = `usage: verso extract [--json | --jsonl] [--files-from LIST] FILE...

The article in each file (.txt, .md, .html; - reads one from standard input; a folder stands
for every file under it): title, byline, site, publication date and the plain text; its modified
time (the page's own, else the file's: what dates an undated file in echoes and export-passim)
and the earlier file it is a version of, by the app's rule. A file named twice (a link to it) is
read once.

  --json, --jsonl     one JSON object a line: {"path","title","byline","siteName","source",
                      "publishedAt","modifiedAt","url","versionOf","text"} ("source" when the
                      app files it under another name than siteName, "modifiedAt", "url" and
                      "versionOf" when known)
  --files-from LIST   read more paths from LIST, one a line (- for standard input; repeatable)`;

/** The stable JSON shape (docs/architecture.md): one object per line. */
export function extractJson(
  path: string,
  article: ExtractedArticle,
  { modifiedAt, source, versionOf }: FileFacts = {},
): string {
  const { title, byline, siteName, publishedAt, url, text } = article;
  return JSON.stringify({
    path,
    title,
    byline,
    siteName,
    source,
    publishedAt,
    modifiedAt,
    // A .txt's URL: line or a page's canonical address: the readable form showed it, the JSON not.
    url: url || undefined,
    versionOf,
    text,
  });
}

function readable(path: string, article: ExtractedArticle, facts: FileFacts): string {
  const fields: Array<[string, string | undefined]> = [
    ['Title', article.title + (article.titleDerived ? '  (derived)' : '')],
    ['Byline', article.byline],
    ['Site', article.siteName],
    ['Source', facts.source],
    ['Published', article.publishedAt],
    ['Modified', facts.modifiedAt],
    ['Version of', facts.versionOf],
    ['URL', article.url],
    ['Words', String(countWords(article.text))],
  ];
  const header = fields
    .filter(([, value]) => value)
    .map(([name, value]) => `${`${name} `.padEnd(10)}${value ?? ''}`)
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
  const files = new FileArticles(extractHtml);
  for (const [n, path] of paths.entries()) {
    if (n % 100 === 0)
      io.progress?.(
        `extract: ${n.toLocaleString('en')} of ${paths.length.toLocaleString('en')} files`,
      );
    const read = await files.read(path);
    if (read.kind !== 'read') {
      if (read.kind === 'failed') failures++;
      io.stderr(read.kind === 'failed' ? read.reason : read.note);
      continue;
    }
    const { modifiedAt } = read;
    const source = read.doc.site;
    const facts: FileFacts = {
      ...(modifiedAt ? { modifiedAt: instantToIso(modifiedAt) } : {}),
      ...(source && source !== read.article.siteName ? { source } : {}),
      ...(read.versionOf !== undefined ? { versionOf: read.versionOf } : {}),
    };
    const { article } = read;
    await io.stdout(json ? extractJson(path, article, facts) : readable(path, article, facts));
  }
  return failures ? EXIT.someFailed : EXIT.ok;
}
