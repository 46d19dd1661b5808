import { checkReadable } from './read-document';
import type { FileArticles, FileRead } from './file-article';

/**
 * A file as `verso compare` compares it: the article `verso extract` and the app's import take
 * from it, not the file's raw text. A .txt's leading date line (" date 2026-02-23") is the
 * article's date, not its words, and Markdown is read as text without its markup; comparing the
 * raw file showed and counted those (the sample: 608 words where extract and the app say 604).
 * Read by the commands' one reader (FileArticles), so its date and story are extract's and
 * export-passim's. A failure or a second name of one file comes back as such, in words.
 */
export async function readComparedArticle(path: string, files: FileArticles): Promise<FileRead> {
  try {
    checkReadable(path);
  } catch (error) {
    return {
      kind: 'failed',
      reason: error instanceof Error ? error.message : `${path}: cannot read the file`,
    };
  }
  return files.read(path);
}
