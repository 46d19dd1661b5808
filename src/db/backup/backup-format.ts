import { parseInstant } from '../../core/extract/parse-instant';
import { isoToTime } from '../migrations';
import { urlKeyOf } from '../../core/extract/normalise-url';
import type { ArchiveBackup } from './backup';

type Parsed =
  | { readonly kind: 'ok'; readonly backup: ArchiveBackup }
  | { readonly kind: 'failed'; readonly reason: string };

const stringFields = [
  'id',
  'title',
  'source',
  'byline',
  'url',
  'contentHash',
  'storyId',
  'note',
  'text',
  'html',
  'sortTitle',
] as const;

/** What is wrong with one article row's shape, or undefined (it also sets its urlKey). */
export function badArticle(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const record = value as Record<string, unknown>;
  for (const field of stringFields)
    if (typeof record[field] !== 'string') return `has no text field "${field}"`;
  if (!Array.isArray(record.tags) || !record.tags.every((t) => typeof t === 'string'))
    return 'has tags that are not a list of words';
  if (typeof record.wordCount !== 'number') return 'has no word count';
  if (typeof record.publishedAt !== 'number' || typeof record.importedAt !== 'number')
    return 'has dates that are not instants';
  // Derived from the address, so never trusted from the file.
  record.urlKey = urlKeyOf(record.url as string);
  if (typeof record.origin !== 'object' || record.origin === null) return 'has no origin';
  return undefined;
}

// Format 1 (schema v2) wrote dates as strings; they become instants as the v4 migration does.
function upgradeFormat1(backup: Partial<ArchiveBackup>): void {
  // Still unchecked input: any element may be anything.
  for (const item of (backup.articles ?? []) as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const article = item as Record<string, unknown>;
    if (typeof article.publishedAt === 'string')
      article.publishedAt = parseInstant(article.publishedAt);
    if (typeof article.importedAt === 'string') article.importedAt = isoToTime(article.importedAt);
  }
  for (const story of (backup.stories ?? []) as unknown[])
    if (typeof story === 'object' && story !== null) {
      const row = story as Record<string, unknown>;
      row.createdAt = isoToTime(row.createdAt);
    }
}

/** Checks a backup file's shape before anything is written, and says what is wrong with it. */
export function parseBackup(json: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    // A file that begins as exportArchive writes one but does not parse was cut short (a copy
    // or download that stopped) or damaged: say so, rather than that it is no backup at all.
    const reason = /^\s*\{\s*"format"\s*:\s*"verso-archive"/.test(json.slice(0, 200))
      ? 'This Verso backup is cut short or damaged (its JSON breaks off). Use a complete copy of it.'
      : 'This file is not a Verso backup (it is not JSON).';
    return { kind: 'failed', reason };
  }
  return checkShape(data);
}

/**
 * Checks a parsed backup's shape (format 1 upgraded in place). A streamed backup's rows other
 * than articles are checked here too, gathered as one backup with no articles.
 */
export function checkShape(data: unknown): Parsed {
  const backup = data as Partial<ArchiveBackup> | null;
  if (backup?.format !== 'verso-archive')
    return { kind: 'failed', reason: 'This file is not a Verso backup.' };
  const version: unknown = backup.formatVersion;
  if (version === 1) upgradeFormat1(backup);
  // 4 is the streamed layout: still one JSON text, read whole here when reformatted (the
  // streamed reader knows it by its first line, which a reformatting breaks).
  else if (version !== 2 && version !== 3 && version !== 4)
    return {
      kind: 'failed',
      reason: `This backup has format version ${String(version)}, which this Verso cannot read.`,
    };
  if (
    !Array.isArray(backup.articles) ||
    !Array.isArray(backup.stories) ||
    !Array.isArray(backup.tags)
  )
    return {
      kind: 'failed',
      reason: 'This backup is incomplete (articles, stories or tags missing).',
    };
  for (const [i, article] of backup.articles.entries()) {
    const problem = badArticle(article);
    if (problem)
      return {
        kind: 'failed',
        reason: `Article ${i + 1} in the backup ${problem}; nothing was restored.`,
      };
  }
  const annotations: unknown = backup.annotations;
  if (annotations !== undefined) {
    if (!Array.isArray(annotations))
      return { kind: 'failed', reason: 'This backup has highlights that are not a list.' };
    for (const [i, annotation] of annotations.entries())
      if (!isAnnotation(annotation))
        return {
          kind: 'failed',
          reason: `Highlight ${i + 1} in the backup is damaged; nothing was restored.`,
        };
  }
  for (const [name, words] of [
    ['subscriptions', 'sources'],
    ['watchedPages', 'watched pages'],
  ] as const) {
    const rows: unknown = backup[name];
    if (rows !== undefined && !Array.isArray(rows))
      return { kind: 'failed', reason: `This backup has ${words} that are not a list.` };
  }
  return { kind: 'ok', backup: backup as ArchiveBackup };
}

const colours = new Set(['yellow', 'green', 'blue', 'pink']);

/** True for a highlight record as exportArchive writes it. */
function isAnnotation(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  const target = a.target as { source?: unknown; selector?: unknown } | undefined;
  const selector = Array.isArray(target?.selector) ? (target.selector as unknown[]) : [];
  const [quote, position] = selector as [Record<string, unknown>?, Record<string, unknown>?];
  return (
    ['id', 'articleId', 'comment', 'createdAt', 'updatedAt'].every(
      (k) => typeof a[k] === 'string',
    ) &&
    // Keys must be non-empty, or the whole write would fail with IndexedDB's DataError.
    (a.id as string).trim() !== '' &&
    (a.articleId as string).trim() !== '' &&
    colours.has(a.colour as string) &&
    typeof target?.source === 'string' &&
    quote?.type === 'TextQuoteSelector' &&
    ['exact', 'prefix', 'suffix'].every((k) => typeof quote[k] === 'string') &&
    position?.type === 'TextPositionSelector' &&
    Number.isInteger(position.start) &&
    Number.isInteger(position.end)
  );
}
