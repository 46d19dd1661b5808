import { lstatSync, readlinkSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { readInput } from '../core/extract/read-input';
import { errorWords } from './error-words';
import { plainUtf8, readFileBytes } from './read-text-file';
import { titleOf } from './text-title';

/** A document file as the commands see it: its text and a title. */
export interface DocumentFile {
  readonly path: string;
  readonly title: string;
  readonly text: string;
  /** The publication date the file gives (a page's meta tags, Markdown front matter), ISO. */
  readonly published?: string;
  /** The date the page says it was last changed, ISO (it dates an undated page before the file's time). */
  readonly modified?: string;
  /** The site or publication the file names. */
  readonly site?: string;
  /** Its address once normalised (urlKeyOf), and whether its title was made up: the version rule's. */
  readonly urlKey?: string;
  readonly titleDerived?: boolean;
}

/** File types readDocumentFile understands. */
export const READABLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];

type HtmlReader = (path: string, bytes: Uint8Array) => Promise<DocumentFile>;
let htmlReader: HtmlReader | undefined;

/**
 * Read a .txt, .md or .html file as a document. Text files are read synchronously into one
 * reused buffer (at 10,000 files a synchronous read costs about 1/2.5 of an awaited one; plain
 * UTF-8, nearly every file, is checked natively and decoded once) and decoded as the archive does
 * (byte-order mark, UTF-8, else Windows-1252; binary refused); HTML extraction is loaded the
 * first time an HTML file comes. Rejects with a message that names the file and says what went
 * wrong; it never returns half a document.
 */
export async function readDocumentFile(path: string): Promise<DocumentFile> {
  checkReadable(path);
  if (isHtml(path)) {
    // A copy: the bytes read are a view of a buffer the next read reuses.
    const bytes = new Uint8Array(readBytes(path));
    htmlReader ??= (await import('./html-reader')).readHtmlDocument;
    return htmlReader(path, bytes);
  }
  return readTextDocumentSync(path);
}

/** Throws, naming the file, unless its extension is one readDocumentFile reads ("-" is text). */
export function checkReadable(path: string): void {
  const ext = path === '-' ? '.txt' : extname(path).toLowerCase();
  if (READABLE_EXTENSIONS.includes(ext)) return;
  // Asked only here, past the extension check, so the files that are read pay no extra stat.
  if (isFolder(path)) throw new Error(folderGiven(path));
  throw new Error(
    `${path}: cannot read ${ext || 'files without an extension'} (use ${READABLE_EXTENSIONS.join(', ')})`,
  );
}

/** True when `path` names a folder (false when it names nothing or cannot be looked at). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `path` as a shell word: kept as it is when it is plain, else in single quotes. */
function quoted(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** True for a path read as HTML (its text comes from extraction, not from the bytes alone). */
export function isHtml(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return path !== '-' && (ext === '.html' || ext === '.htm');
}

/** True for a path read as Markdown: its article, without front matter or markup. */
export function isMarkdown(path: string): boolean {
  return path !== '-' && extname(path).toLowerCase() === '.md';
}

/**
 * A Markdown file as its article, as `extract` and the app's import read it: the front matter's
 * title, date and source taken out of the text (read raw, its YAML was quoted as passages) and
 * the markup gone. Throws, naming the file, as the other readers do.
 */
export async function readMarkdownDocument(path: string): Promise<DocumentFile> {
  const checked = readInput({ name: path, bytes: readBytes(path) });
  if (checked.kind === 'failed') throw new Error(`${path}: ${checked.reason}`);
  // Loaded only for Markdown: markdown-it is not needed for text files.
  const { extractMarkdown } = await import('../core/extract/markdown-article');
  const outcome = extractMarkdown(checked.text);
  if (outcome.kind === 'failed') throw new Error(`${path}: ${outcome.reason}`);
  return (await import('./article-document')).articleDocument(path, outcome.article);
}

/** Read a .txt or .md file (or "-") as readDocumentFile does, synchronously; throws likewise. */
export function readTextDocumentSync(path: string): DocumentFile {
  const { title, text } = readTextFile(path);
  return { path, title, text };
}

/**
 * readTextDocumentSync, and when the file is plain UTF-8 its bytes (`utf8`, exactly the text's
 * UTF-8 encoding; a view of a buffer the next read reuses), so its JSON can be written from them.
 */
export function readTextFile(path: string): DocumentFile & { readonly utf8?: Uint8Array } {
  const bytes = readBytes(path);
  const plain = plainUtf8(bytes);
  if (plain !== undefined)
    return { path, title: titleOf(path, plain, extensionOf(path)), text: plain, utf8: bytes };
  return decodeTextFile(path, bytes);
}

/** The text readTextDocumentSync gives, without working out a title (a text read again). */
export function readTextSync(path: string): string {
  const bytes = readBytes(path);
  return plainUtf8(bytes) ?? decodeTextFile(path, bytes).text;
}

/**
 * A text file's bytes that are not plain UTF-8, decoded as the archive decodes them, with the
 * same input check as `extract` and the app's import (binary, UTF-32, NUL bytes refused: throws
 * naming the file).
 */
export function decodeTextFile(path: string, bytes: Uint8Array): DocumentFile {
  const decoded = readInput({ name: path === '-' ? 'stdin.txt' : path, bytes });
  if (decoded.kind === 'failed') throw new Error(`${path}: ${decoded.reason}`);
  const text = decoded.text.replace(/^\uFEFF/, '');
  return { path, title: titleOf(path, text, extensionOf(path)), text };
}

/** The lower-case extension a text path's title depends on ("-" reads as .txt). */
export function extensionOf(path: string): string {
  return path === '-' ? '.txt' : extname(path).toLowerCase();
}

/** A file's bytes (readFileBytes); throws an Error whose message names the file and says why not. */
export function readBytes(path: string): Buffer {
  try {
    return readFileBytes(path);
  } catch (error) {
    if (error instanceof RangeError) throw new Error(`${path}: ${error.message}`, { cause: error });
    throw new Error(readFailure(path, error), { cause: error });
  }
}

/** What every command says when a file cannot be read: the path, and why in words. */
export function readFailure(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EISDIR') return folderGiven(path);
  if (code === 'ENOENT' || code === 'ELOOP') {
    const broken = brokenLink(path, code);
    if (broken) return broken;
  }
  return `${path}: cannot read the file (${errorWords(error)})`;
}

// A symbolic link that leads nowhere, said as one (asked only once a read has failed); undefined
// when the path is no link.
function brokenLink(path: string, code: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    const why = code === 'ELOOP' ? 'a loop of links' : 'nothing there';
    return `${path}: a broken link (to ${readlinkSync(path)}: ${why})`;
  } catch {
    return undefined;
  }
}

/** A folder in a list of files (an argument stands for its files): say how to give them. */
function folderGiven(path: string): string {
  return `${path}: is a folder; name it as an argument (every file in it is read), or list its files with --files-from (e.g. find ${quoted(path)} -type f | … --files-from -)`;
}
