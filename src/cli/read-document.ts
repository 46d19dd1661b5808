import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { readInput, sizeRefusal } from '../core/extract/read-input';

/** A document file as the commands see it: its text and a title. */
export interface DocumentFile {
  readonly path: string;
  readonly title: string;
  readonly text: string;
}

/** File types readDocumentFile understands. */
export const READABLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];

type HtmlReader = (path: string, bytes: Uint8Array) => Promise<DocumentFile>;
let htmlReader: HtmlReader | undefined;

/**
 * Read a .txt, .md or .html file as a document. Text files are read synchronously (at 10,000
 * files a synchronous read costs about 1/2.5 of an awaited one) and decoded as the archive does
 * (byte-order mark, UTF-8, else Windows-1252; binary refused); HTML extraction is loaded the
 * first time an HTML file comes. Rejects with a message that names the file and says what went
 * wrong; it never returns half a document.
 */
export async function readDocumentFile(path: string): Promise<DocumentFile> {
  // "-" is a text on standard input.
  const ext = path === '-' ? '.txt' : extname(path).toLowerCase();
  if (!READABLE_EXTENSIONS.includes(ext))
    throw new Error(
      `${path}: cannot read ${ext || 'files without an extension'} (use ${READABLE_EXTENSIONS.join(', ')})`,
    );
  const bytes = readBytes(path);
  if (ext === '.html' || ext === '.htm') {
    htmlReader ??= (await import('./html-reader')).readHtmlDocument;
    return htmlReader(path, bytes);
  }
  // The same input check as `extract` and the app's import: binary, UTF-32, NUL bytes refused.
  const decoded = readInput({ name: path === '-' ? 'stdin.txt' : path, bytes });
  if (decoded.kind === 'failed') throw new Error(`${path}: ${decoded.reason}`);
  const text = decoded.text.replace(/^\uFEFF/, '');
  return { path, title: titleOf(path, text, ext), text };
}

function readBytes(path: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    // Refused before reading: a 50 MB file is never loaded to be turned away.
    const tooBig = path === '-' ? undefined : sizeRefusal(statSync(path).size);
    if (tooBig) throw new RangeError(tooBig);
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    if (error instanceof RangeError) throw new Error(`${path}: ${error.message}`, { cause: error });
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'error');
    throw new Error(`${path}: cannot read the file (${why})`, { cause: error });
  }
  return bytes;
}

function titleOf(path: string, text: string, ext: string): string {
  const fallback = basename(path, extname(path));
  if (ext === '.md') {
    const heading = /^#{1,2}\s+(.+?)\s*#*\s*$/m.exec(text.slice(0, 4096));
    if (heading?.[1]) return heading[1];
  }
  const head = text.slice(0, 4096);
  const lines = head.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const line = lines[first]?.trim() ?? '';
  const standsAlone = (lines[first + 1] ?? '').trim() === '';
  return line.length > 0 && line.length <= 100 && standsAlone && !/[.!?:]$/.test(line)
    ? line
    : fallback;
}
