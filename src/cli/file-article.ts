import { readFileSync } from 'node:fs';
import type { DocMeta } from '../core/echoes/clusters/cluster-result';
import { readInput, withInputNotes } from '../core/extract/read-input';
import { parseInstant } from '../core/extract/parse-instant';
import { extractPlainText } from '../core/extract/text-article';
import type { ExtractedArticle, ExtractOutcome } from '../core/extract/types';
import { VersionIndex } from '../core/versions/version-rule';
import type { HtmlExtractor } from '../import/import-types';
import { articleDocument } from './article-document';
import { metaOf, storyOf } from './echoes-doc-meta';
import { InputFiles, sameFileNote } from './file-times';
import { readFailure, type DocumentFile } from './read-document';

/** One file as `compare`, `extract` and `export-passim` read it (see FileArticles). */
export type FileRead =
  | {
      readonly kind: 'read';
      readonly path: string;
      readonly article: ExtractedArticle;
      /** The article as a document: its source by the app's rule, its address once normalised. */
      readonly doc: DocumentFile;
      /** Its date, modified time, source and story, as `echoes` passes them to the clusters. */
      readonly meta: DocMeta | undefined;
      /** Its modified time: the page's own, else its file's (what extract and compare say). */
      readonly modifiedAt?: number;
      /** The earlier file (its path as given) this one is a version of, by the app's rule. */
      readonly versionOf?: string;
    }
  | { readonly kind: 'failed'; readonly reason: string }
  /** The file was already read under another path; `note` says so. */
  | { readonly kind: 'same'; readonly note: string };

/**
 * The one way the CLI's commands other than `echoes` (whose reading is its own for speed, with the
 * same rules: metaOf, storyOf, InputFiles) read their files: each real file once, its article
 * extracted as the app's import does, dated by what it gives else its modified time, and linked to
 * an earlier file of the same story (address, or paper and headline). Before, only `echoes` knew
 * a file's time and its versions, so one folder gave other dates in `export-passim`.
 */
export class FileArticles {
  private readonly files = new InputFiles();
  private readonly versions = new VersionIndex();

  /**
   * `extractHtml` reads pages (default: the CLI's timed worker, loaded at the first page);
   * `again` reads a file named twice twice (compare's A and B may be one file, asked for).
   */
  constructor(
    private readonly extractHtml?: HtmlExtractor,
    private readonly again = false,
  ) {}

  /** Read one path ("-" is standard input); never throws, a failure is a reason in words. */
  async read(path: string): Promise<FileRead> {
    const look = this.files.look(path);
    if (look.sameAs !== undefined && !this.again)
      return { kind: 'same', note: sameFileNote(path, look.sameAs) };
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path === '-' ? 0 : path);
    } catch (error) {
      return { kind: 'failed', reason: readFailure(path, error) };
    }
    const outcome = await this.extract(path === '-' ? 'stdin.txt' : path, bytes);
    if (outcome.kind === 'failed') return { kind: 'failed', reason: `${path}: ${outcome.reason}` };
    const { article } = outcome;
    const doc = articleDocument(path, article);
    const story = storyOf(doc, path, this.versions);
    const meta = metaOf(
      { ...doc, modified: article.modifiedAt, modifiedAt: look.modifiedAt },
      story,
    );
    const modifiedAt = parseInstant(article.modifiedAt) || look.modifiedAt;
    return {
      kind: 'read',
      path,
      article,
      doc,
      meta,
      ...(modifiedAt ? { modifiedAt } : {}),
      ...(story !== undefined && story !== path ? { versionOf: story } : {}),
    };
  }

  // The shared input check, then the format's reader: text here, Markdown's loaded on its first
  // file, pages on the timed worker (linkedom and Readability load only when a page comes).
  private async extract(name: string, bytes: Uint8Array): Promise<ExtractOutcome> {
    const checked = readInput({ name, bytes });
    if (checked.kind === 'failed') return checked;
    let outcome: ExtractOutcome;
    if (checked.format === 'html') {
      const extractHtml = this.extractHtml ?? (await import('./html-reader')).cliExtractor();
      outcome = await extractHtml(checked.text, '');
    } else if (checked.format === 'md')
      outcome = (await import('../core/extract/markdown-article')).extractMarkdown(checked.text);
    else outcome = extractPlainText(checked.text);
    return withInputNotes(outcome, checked);
  }
}
