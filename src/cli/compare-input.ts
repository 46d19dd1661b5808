import { readInput, withInputNotes } from '../core/extract/read-input';
import { extractPlainText } from '../core/extract/text-article';
import type { ExtractOutcome } from '../core/extract/types';
import {
  checkReadable,
  isHtml,
  readBytes,
  readDocumentFile,
  type DocumentFile,
} from './read-document';

/**
 * A file as `verso compare` compares it: the article `verso extract` and the app's import take
 * from it, not the file's raw text. A .txt's leading date line (" date 2026-02-23") is the
 * article's date, not its words, and Markdown is read as text without its markup; comparing the
 * raw file showed and counted those (the sample: 608 words where extract and the app say 604).
 * Rejects with a message that names the file and says what went wrong.
 */
export async function readComparedArticle(path: string): Promise<DocumentFile> {
  checkReadable(path);
  // HTML is already read as its extracted article (Readability on the timed thread).
  if (isHtml(path)) return readDocumentFile(path);
  const checked = readInput({ name: path === '-' ? 'stdin.txt' : path, bytes: readBytes(path) });
  if (checked.kind === 'failed') throw new Error(`${path}: ${checked.reason}`);
  const outcome: ExtractOutcome = withInputNotes(
    checked.format === 'md'
      ? // Loaded only for Markdown: markdown-it is not needed to compare plain text.
        (await import('../core/extract/markdown-article')).extractMarkdown(checked.text)
      : extractPlainText(checked.text),
    checked,
  );
  if (outcome.kind === 'failed') throw new Error(`${path}: ${outcome.reason}`);
  return { path, title: outcome.article.title, text: outcome.article.text };
}
