import type { ArchiveDatabase } from '../db/database';
import type { ArticleRecord } from '../db/records';
import { writeArticles } from '../db/write-articles';
import { contentHashOf } from '../core/extract/content-hash';
import { decodeAs } from '../core/extract/decode-text';
import { encodingName, extractText } from '../core/extract/extract-bytes';
import { countWords, sortKeyOf } from '../db/sort-keys';
import { defaultHtmlParser } from './html-parser';
import { sanitiseArticleHtml } from './sanitise-html';
import type { ImportOptions } from './import-types';

/** What re-reading did: the article now reads in the chosen encoding, or why it could not. */
export type RedecodeResult =
  | { readonly kind: 'redecoded'; readonly article: ArticleRecord }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * Reads an article's kept bytes again in another encoding (the user's choice after a doubtful
 * guess) and rewrites its text, HTML, title and derived data in one go. Tags, note, story and
 * dates stay. Articles whose encoding was certain keep no bytes and cannot be re-read.
 */
export async function redecodeArticle(
  db: ArchiveDatabase,
  id: string,
  encoding: string,
  options: Pick<ImportOptions, 'parseHtml' | 'sanitiseWindow' | 'extractHtml'> = {},
): Promise<RedecodeResult> {
  const [article, original] = await Promise.all([db.articles.get(id), db.originals.get(id)]);
  if (!article) return { kind: 'failed', reason: 'That article is no longer in the archive.' };
  if (!original)
    return {
      kind: 'failed',
      reason:
        'Verso kept no copy of this file’s bytes (its encoding was certain), so it cannot be read again.',
    };
  const text = decodeAs(original.bytes, encoding);
  if (text === undefined)
    return { kind: 'failed', reason: `Verso cannot read the encoding “${encoding}”.` };
  // HTML (and Markdown, for its raw HTML) is read in the extraction worker when there is one.
  const outcome =
    original.format !== 'txt' && options.extractHtml
      ? await options.extractHtml(text, article.url, undefined, original.format)
      : extractText(text, original.format, options.parseHtml ?? defaultHtmlParser(), article.url);
  if (outcome.kind === 'failed')
    return {
      kind: 'failed',
      reason: `Read as ${encodingName(encoding)} it holds no article: ${outcome.reason}`,
    };
  const found = outcome.article;
  const title = found.title || article.title;
  const next: ArticleRecord = {
    ...article,
    title,
    sortTitle: sortKeyOf(title),
    text: found.text,
    html: found.html ? sanitiseArticleHtml(found.html, { window: options.sanitiseWindow }) : '',
    contentHash: contentHashOf(found.text),
    wordCount: countWords(found.text),
    decoding: { encoding, assumed: false, chosen: true },
  };
  await writeArticles(db, [next]);
  // Echoes cached for the old text point at offsets that no longer exist.
  await db.echoes.where('articleIds').equals(id).delete();
  return { kind: 'redecoded', article: next };
}
