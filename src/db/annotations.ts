import { ArticleGoneError } from './article-gone';
import type { Span } from '../core/model';
import { selectorFor, type PassageSelector } from '../core/annotations/selectors';
import type { ArchiveDatabase } from './database';
import type { AnnotationRecord, HighlightColour } from './records';

/**
 * Highlights a passage of an article and returns its highlight. A passage already highlighted
 * exactly so keeps its one highlight (recoloured when another colour is asked for): a second
 * press of `h`, or the key repeating, must not stack two marks on the same words, and it must not
 * take the highlight away either, since a highlight lost to a stray key is work lost.
 */
export async function addAnnotation(
  db: ArchiveDatabase,
  articleId: string,
  span: Span,
  colour: HighlightColour = 'yellow',
  comment = '',
): Promise<AnnotationRecord> {
  // One transaction, so two presses in flight at once still find each other's highlight.
  return db.transaction('rw', db.articles, db.annotations, async () => {
    const article = await db.articles.get(articleId);
    if (!article) throw new ArticleGoneError('That article is no longer in the archive.');
    const selector = selectorFor(article.text, span);
    const existing = (await db.annotations.where('articleId').equals(articleId).toArray()).find(
      (a) => samePlace(a.target.selector, selector),
    );
    const now = new Date().toISOString();
    if (existing) {
      if (existing.colour === colour) return existing;
      const recoloured = { ...existing, colour, updatedAt: now };
      await db.annotations.put(recoloured);
      return recoloured;
    }
    const record: AnnotationRecord = {
      id: crypto.randomUUID(),
      articleId,
      target: { source: articleId, selector },
      comment,
      colour,
      createdAt: now,
      updatedAt: now,
    };
    await db.annotations.add(record);
    return record;
  });
}

/** Whether two selectors of one article's text name the same words at the same place. */
function samePlace(a: PassageSelector, b: PassageSelector): boolean {
  return a[0].exact === b[0].exact && a[1].start === b[1].start && a[1].end === b[1].end;
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
