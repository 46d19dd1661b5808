import type { ExtractedArticle } from '../core/extract/types';
import { parseInstant } from '../core/extract/parse-instant';
import { urlKeyOf } from '../core/extract/normalise-url';
import type { ArticleOrigin, ArticleRecord } from '../db/records';
import { sanitiseArticleHtml, type SanitiseOptions } from './sanitise-html';
import { sortKeyOf } from '../db/sort-keys';
import { normaliseTags } from '../db/tags';
import { textFactsOf, type TextFacts } from './text-facts';
import { sourceOf } from '../core/sources/source-of';

/**
 * A new article record from an extraction; the story is decided later, when it is written.
 * `facts` are the text's hash and word count when they were already computed (off the thread);
 * `fileModifiedAt` the file's date, kept (when the page states no change of its own) to order
 * undated versions.
 */
export function buildRecord(
  article: ExtractedArticle,
  origin: ArticleOrigin,
  tags: readonly string[],
  sanitise: SanitiseOptions,
  facts: TextFacts = textFactsOf(article.text),
  fileModifiedAt?: number,
): ArticleRecord {
  const id = crypto.randomUUID();
  const stated = parseInstant(article.modifiedAt);
  const modifiedAt = stated || fileModifiedAt;
  return {
    id,
    title: article.title,
    source: sourceOf(article.siteName, article.url),
    byline: article.byline,
    url: article.url,
    urlKey: urlKeyOf(article.url),
    publishedAt: parseInstant(article.publishedAt),
    importedAt: Date.now(),
    ...(modifiedAt ? { modifiedAt } : {}),
    ...(!stated && fileModifiedAt ? { modifiedByFile: true as const } : {}),
    tags: normaliseTags([...tags, ...(article.tags ?? [])]),
    contentHash: facts.contentHash,
    storyId: id,
    note: '',
    text: article.text,
    html: article.html ? sanitiseArticleHtml(article.html, sanitise) : '',
    origin,
    sortTitle: sortKeyOf(article.title),
    wordCount: facts.wordCount,
  };
}
