import type { ArticleRecord } from '../../db/records';
import { versionPlace } from '../../core/versions/version-order';
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

/**
 * "captured 30 Nov 2026, 02:45 · Coast Gazette", with the date the version is placed by when it
 * is not the capture (core's version order): "(published 30 Nov 2026, 09:00)", or for an
 * undated page "(modified …)", its own word or its file's date.
 */
export function versionLabel(version: ArticleRecord): string {
  const place = versionPlace(version);
  const published = place.by === 'imported' ? '' : ` (${place.by} ${formatDate(place.at, true)})`;
  const source =
    version.source ||
    (version.origin.kind === 'file'
      ? version.origin.name
      : version.origin.kind === 'url'
        ? version.origin.url
        : 'pasted');
  return `captured ${capturedAt(version.importedAt)}${published} · ${source}`;
}
