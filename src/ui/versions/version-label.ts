import type { ArticleRecord } from '../../db/records';
import { undated } from '../../core/extract/parse-instant';
import { formatDate } from '../library/library-row';

/** When a version was captured, in words with the time, for telling versions of one day apart. */
function capturedAt(time: number): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "captured 30 Nov 2026, 02:45 · Coast Gazette", with the published date when the page gave one. */
export function versionLabel(version: ArticleRecord): string {
  const published =
    version.publishedAt !== undated ? ` (published ${formatDate(version.publishedAt)})` : '';
  const source =
    version.source ||
    (version.origin.kind === 'file'
      ? version.origin.name
      : version.origin.kind === 'url'
        ? version.origin.url
        : 'pasted');
  return `captured ${capturedAt(version.importedAt)}${published} · ${source}`;
}
