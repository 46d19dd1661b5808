import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { extractBytes } from '../core/extract/extract-bytes';
import { parseHtmlWithLinkedom } from './extract-command';

/** A document file as the commands see it: its text and a title. */
export interface DocumentFile {
  readonly path: string;
  readonly title: string;
  readonly text: string;
}

/** File types readDocumentFile understands. */
export const READABLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];

/**
 * Read a .txt or .md file as a document (UTF-8, byte-order mark dropped). Rejects with a
 * message that names the file and says what went wrong; it never returns half a document.
 */
export async function readDocumentFile(path: string): Promise<DocumentFile> {
  const ext = extname(path).toLowerCase();
  if (!READABLE_EXTENSIONS.includes(ext))
    throw new Error(
      `${path}: cannot read ${ext || 'files without an extension'} (use ${READABLE_EXTENSIONS.join(', ')})`,
    );
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'error');
    throw new Error(`${path}: cannot read the file (${why})`, { cause: error });
  }
  if (ext === '.html' || ext === '.htm') return readHtmlDocument(path, bytes);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return { path, title: titleOf(path, text, ext), text };
}

// Saved pages: the article Readability finds, decoded by the page's declared charset.
function readHtmlDocument(path: string, bytes: Uint8Array): DocumentFile {
  const outcome = extractBytes({ name: path, bytes }, parseHtmlWithLinkedom);
  if (outcome.kind === 'failed') throw new Error(`${path}: ${outcome.reason}`);
  return { path, title: outcome.article.title, text: outcome.article.text };
}

function titleOf(path: string, text: string, ext: string): string {
  const fallback = basename(path, extname(path));
  if (ext === '.md') {
    const heading = /^#{1,2}\s+(.+?)\s*#*\s*$/m.exec(text);
    if (heading?.[1]) return heading[1];
  }
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const line = lines[first]?.trim() ?? '';
  const standsAlone = (lines[first + 1] ?? '').trim() === '';
  return line.length > 0 && line.length <= 100 && standsAlone && !/[.!?:]$/.test(line)
    ? line
    : fallback;
}
