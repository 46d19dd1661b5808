import type { ArchiveDatabase } from '../db/database';
import type { ArticleRecord, DerivedFingerprints, OriginalRecord } from '../db/records';
import type { WrittenSketch } from '../db/sketches';
import { storeArticle, type StoreOutcome } from '../db/store-article';
import type { HeldText, HeldTexts } from './held-text';
import type { AlreadyArchived } from '../db/store-plan';

/**
 * Records from this many characters (text and reader HTML) up are written off the page's thread
 * when the import is given a writer for them: IndexedDB's `put` clones the record on the calling
 * thread, which for a 10 MB article was a task of 100–430 ms on the page.
 */
export const offThreadRecordChars = 256 * 1024;

/** One article's write as handed to a writer off the thread: what storeArticle takes. */
export interface StoreRequest {
  readonly record: ArticleRecord;
  readonly derivedTitle: boolean;
  readonly original?: OriginalRecord;
  readonly retitledIsNewVersion: boolean;
  /** Its fingerprint row when already derived; the writer derives it otherwise. */
  readonly fingerprints?: DerivedFingerprints;
  /** The record's text, held by the worker that read it (the record's `text` is empty). */
  readonly held?: HeldText;
}

/** What a writer off the thread answers: storeArticle's outcome without the record sent to it. */
export type StoredOff =
  | {
      readonly kind: 'added' | 'new-version';
      readonly storyId: string;
      readonly sketch: WrittenSketch | undefined;
    }
  | AlreadyArchived;

/** Writes one article somewhere off the calling thread (the app's big-file worker) into the same archive. */
export type ArticleStorer = (request: StoreRequest) => Promise<StoredOff>;

/** True when `record` is big enough to be written by the writer off the thread, if there is one. */
export function isBigRecord(record: Pick<ArticleRecord, 'text' | 'html'>): boolean {
  return record.text.length + record.html.length >= offThreadRecordChars;
}

/**
 * True when an import given `options` writes `item`'s record off the thread (narrowing
 * `options`): a big one, or one whose text is held there.
 */
export function storesOff(
  item: { readonly record: Pick<ArticleRecord, 'text' | 'html'>; readonly held?: unknown },
  options: { readonly storeArticleOff?: ArticleStorer },
): options is { readonly storeArticleOff: ArticleStorer } {
  return !!options.storeArticleOff && (!!item.held || isBigRecord(item.record));
}

/**
 * Does what the writer off the thread does, on the thread it is called on (the worker's side),
 * taking a held text from `texts`; throws (writing nothing) when it is no longer held.
 */
export async function storeRequested(
  db: ArchiveDatabase,
  request: StoreRequest,
  texts?: HeldTexts,
): Promise<StoredOff> {
  let { record } = request;
  if (request.held) {
    const text = texts?.take(request.held);
    if (text === undefined) throw new Error('The text is no longer held.');
    record = { ...record, text };
  }
  const stored = await storeArticle(db, record, request.derivedTitle, request.original, {
    retitledIsNewVersion: request.retitledIsNewVersion,
    ...(request.fingerprints ? { fingerprints: request.fingerprints } : {}),
  });
  if (stored.kind === 'already-archived') return stored;
  return { kind: stored.kind, storyId: stored.article.storyId, sketch: stored.sketch };
}

/**
 * Stores one article through `storer` (off the thread) and answers as storeArticle would (a held
 * text's record keeps its empty `text`). The write is one transaction wherever it runs, so a
 * writer that fails wrote nothing (IndexedDB rolled it back, or its worker never started or
 * died): the article is then written here instead, with fingerprints derived afresh (the ones
 * handed over may have been moved to the worker) and a held text read here by `readHere`.
 */
export async function storeThrough(
  db: ArchiveDatabase,
  storer: ArticleStorer,
  request: StoreRequest,
  readHere?: () => string,
): Promise<StoreOutcome> {
  let stored: StoredOff;
  try {
    stored = await storer(request);
  } catch {
    let { record } = request;
    if (request.held) {
      if (!readHere) throw new Error('The held text cannot be read here.');
      record = { ...record, text: readHere() };
    }
    return storeArticle(db, record, request.derivedTitle, request.original, {
      retitledIsNewVersion: request.retitledIsNewVersion,
    });
  }
  if (stored.kind === 'already-archived') return stored;
  return {
    kind: stored.kind,
    article: { ...request.record, storyId: stored.storyId },
    sketch: stored.sketch,
  };
}
