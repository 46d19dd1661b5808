import type { ImportItem, ImportOptions, ImportResult } from './import-types';
import type { Prepared } from './import-writes';
import { buildRecord } from './build-record';
import { defaultHtmlParser } from './html-parser';
import { labelOf, resolveItem } from './resolve-item';
import { consentWallWarning } from './consent-wall';
import { shortTextWarning } from './short-text';
import { notAnArticle } from './not-articles';

// What the input check found (bad bytes, an assumed encoding) and what the text turned out to be.
function joinWarnings(...warnings: readonly (string | undefined)[]): string | undefined {
  return warnings.filter(Boolean).join(' ') || undefined;
}

/** Reads one item into a record ready to store, or its result when it will not be stored. */
export async function prepare(
  item: ImportItem,
  options: ImportOptions,
): Promise<Prepared | ImportResult> {
  const label = labelOf(item);
  if (options.signal?.aborted) return { kind: 'cancelled', label };
  const what = item.kind === 'file' ? notAnArticle(item.file.relativePath) : undefined;
  if (what) return { kind: 'skipped', label, what };
  try {
    const parseHtml = options.parseHtml ?? defaultHtmlParser();
    const { outcome, origin, bytes, facts, held, fileModifiedAt } = await resolveItem(
      item,
      options,
      parseHtml,
    );
    // A cancel while a page was being fetched ends that item too (the fetch gave up on it).
    if (options.signal?.aborted) return { kind: 'cancelled', label };
    if (outcome.kind === 'failed') return { kind: 'failed', label, reason: outcome.reason };
    const built = buildRecord(
      outcome.article,
      origin,
      options.tags ?? [],
      { allowRemoteImages: options.allowRemoteImages, window: options.sanitiseWindow },
      facts,
      fileModifiedAt,
    );
    const record = outcome.decoding ? { ...built, decoding: outcome.decoding } : built;
    const original =
      bytes && outcome.decoding?.assumed
        ? { articleId: record.id, format: outcome.article.format, bytes }
        : undefined;
    // Started now, awaited when the article is stored: the worker fingerprints this article
    // while the page reads the next one. A worker that fails leaves it to storeArticle, as does
    // a held text (the worker holding it derives them as it writes: the text stays there).
    const fingerprints =
      options.deriveFingerprints && !held
        ? options.deriveFingerprints(record).catch(() => undefined)
        : Promise.resolve(undefined);
    return {
      kind: 'prepared',
      label,
      record,
      derivedTitle: outcome.article.titleDerived,
      warning: joinWarnings(
        outcome.warning,
        shortTextWarning(record.wordCount),
        held ? undefined : consentWallWarning(record.text),
      ),
      original,
      fingerprints,
      ...(held ? { held } : {}),
    };
  } catch {
    // An unexpected throw from a parser or the sanitiser: its raw text would mean nothing here.
    return { kind: 'failed', label, reason: 'Could not read it: the file could not be processed.' };
  }
}
