import type { ArticleSummary } from '../../db/query-types';
import type { Highlighted } from '../../search/snippets';

/** One row of the library list: an article, with highlighted title and snippet when searching. */
export interface LibraryRow {
  readonly article: ArticleSummary;
  readonly title?: Highlighted;
  readonly snippet?: Highlighted;
}

/** A short, locale-formatted date ('' for unknown). */
export function formatDate(iso: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
