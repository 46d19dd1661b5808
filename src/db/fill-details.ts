import type { ArticleRecord } from './records';
import { deriveTitle } from '../core/extract/derive-title';
import { undated } from '../core/extract/parse-instant';
import { sortKeyOf } from './sort-keys';

/**
 * What a repeat of an archived text may add to it. A paste or a bare .txt names no source, date
 * or address, and its title is its first sentence; the page it came from, imported later, is
 * "already archived" (store-plan's sameSource: an unknown source may be any paper's) — and
 * without this its details would be lost, leaving an article a fact checker cannot date or
 * attribute. Only what the archived article lacks is taken: a detail it has (found on import or
 * typed by the person) is never replaced, and its text, story, tags and note stay as they are.
 */

/** A detail an archived article may lack and a repeat of its text may bring, in the order said. */
export type FilledField = 'title' | 'source' | 'date' | 'address' | 'author';

/** The archived article with what it lacked taken from the repeat, and which details those were. */
export interface Filled {
  readonly article: ArticleRecord;
  readonly fields: readonly FilledField[];
}

// Stored articles do not say whether their title was made up: one that is what the text alone
// would be titled (deriveTitle, as every extractor derives it) was, or the person chose those words.
const madeUpTitle = (article: ArticleRecord): boolean =>
  !article.title.trim() || article.title === deriveTitle(article.text);

const lacks = (value: string): boolean => !value.trim();

/** `archived` given the details it lacks that `repeat` (the same text) has. */
export function fillDetails(
  archived: ArticleRecord,
  repeat: ArticleRecord,
  repeatTitleDerived: boolean,
): Filled {
  const fields: FilledField[] = [];
  let article = archived;
  const take = (field: FilledField, patch: Partial<ArticleRecord>): void => {
    fields.push(field);
    article = { ...article, ...patch };
  };
  const title = repeat.title.trim();
  if (!repeatTitleDerived && title && title !== archived.title && madeUpTitle(archived))
    take('title', { title, sortTitle: sortKeyOf(title) });
  if (lacks(archived.source) && !lacks(repeat.source)) take('source', { source: repeat.source });
  if (archived.publishedAt === undated && repeat.publishedAt !== undated)
    take('date', { publishedAt: repeat.publishedAt });
  if (lacks(archived.url) && !lacks(repeat.url))
    take('address', { url: repeat.url, urlKey: repeat.urlKey });
  if (lacks(archived.byline) && !lacks(repeat.byline)) take('author', { byline: repeat.byline });
  return { article, fields };
}
