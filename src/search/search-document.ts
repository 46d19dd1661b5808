import type { SearchDocument } from '../core/search-store';

/** The searched fields of an article: what an index or its worker is given, nothing more. */
export function searchDocumentOf(a: SearchDocument): SearchDocument {
  const { id, title, byline, source, text, tags, publishedAt } = a;
  return { id, title, byline, source, text, tags, publishedAt };
}
