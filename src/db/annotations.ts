import { ArticleGoneError } from './article-gone';
import type { Span } from '../core/model';
import { selectorFor } from '../core/annotations/selectors';
import type { ArchiveDatabase } from './database';
import type { AnnotationRecord, HighlightColour } from './records';

/** Highlights a passage of an article; returns the new annotation. */
export async function addAnnotation(
  db: ArchiveDatabase,
  articleId: string,
  span: Span,
  colour: HighlightColour = 'yellow',
  comment = '',
): Promise<AnnotationRecord> {
  const article = await db.articles.get(articleId);
  if (!article) throw new ArticleGoneError('That article is no longer in the archive.');
  const now = new Date().toISOString();
  const record: AnnotationRecord = {
    id: crypto.randomUUID(),
    articleId,
    target: { source: articleId, selector: selectorFor(article.text, span) },
    comment,
    colour,
    createdAt: now,
    updatedAt: now,
  };
  await db.annotations.add(record);
  return record;
}

/** Changes a highlight's comment or colour. */
export async function updateAnnotation(
  db: ArchiveDatabase,
  id: string,
  patch: { readonly comment?: string; readonly colour?: HighlightColour },
): Promise<void> {
  await db.annotations.update(id, { ...patch, updatedAt: new Date().toISOString() });
}

/** Removes a highlight. */
export async function deleteAnnotation(db: ArchiveDatabase, id: string): Promise<void> {
  await db.annotations.delete(id);
}

/** The highlights made on any of these articles (a story's versions), oldest first. */
export async function listAnnotations(
  db: ArchiveDatabase,
  articleIds: readonly string[],
): Promise<AnnotationRecord[]> {
  const found = await db.annotations
    .where('articleId')
    .anyOf([...articleIds])
    .toArray();
  return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Every highlight in the archive, newest first, keeping those whose quote or comment holds every
 * word of `query` (case- and accent-insensitive); all of them for an empty query.
 */
export async function searchAnnotations(
  db: ArchiveDatabase,
  query: string,
): Promise<AnnotationRecord[]> {
  const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const all = await db.annotations.orderBy('updatedAt').reverse().toArray();
  if (words.length === 0) return all;
  return all.filter((a) => {
    const haystack = fold(`${a.target.selector[0].exact}\n${a.comment}`);
    return words.every((w) => haystack.includes(w));
  });
}
