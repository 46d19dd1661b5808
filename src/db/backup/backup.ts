import type { ArchiveDatabase } from '../database';
import { withWriteSession } from '../write-session';
import type { AnnotationRecord, ArticleRecord, StoryRecord, TagRecord } from '../records';
import type { SubscriptionRecord, WatchedPageRecord } from '../watch-records';
import { rebuildDerivedData } from '../derive';
import { bumpRevision } from '../revision';
import { describeWriteError } from '../write-error';
import { parseBackup } from './backup-format';
import { openBackup, type ByteSource } from './backup-reader';
import { writeBackup } from './backup-writer';
import { archivedByText, missing, restoreWatch } from './restore-rows';
import { restoreStreamed, type RestoreOptions } from './restore-stream';

/** The one-file backup: the user's data only, since derived data is rebuilt on restore. */
export interface ArchiveBackup {
  readonly format: 'verso-archive';
  /**
   * 4 since backups are streamed (backup-layout.ts); 3 since watched sources are backed up; 2
   * since schema v4 (dates as instants). Formats 1–3 are still read (1 and 2 have no sources).
   */
  readonly formatVersion: number;
  readonly exportedAt: string;
  readonly articles: readonly ArticleRecord[];
  readonly stories: readonly StoryRecord[];
  readonly tags: readonly TagRecord[];
  /** Highlights and their comments; absent in backups made before they existed (still valid). */
  readonly annotations?: readonly AnnotationRecord[];
  /** Watched feeds and pages (format 3); the capture's own state is not restored from them. */
  readonly subscriptions?: readonly SubscriptionRecord[];
  /** The article addresses each source watches for edits, and the article each became (format 3). */
  readonly watchedPages?: readonly WatchedPageRecord[];
}

/**
 * Rebuilds a parsed backup from checked fields, or refuses it with a reason. The import layer's
 * `checkBackup` is the one to pass: it sanitises HTML as on import (the database cannot).
 */
export type BackupCheck = (
  backup: ArchiveBackup,
  from?: CheckFrom,
) =>
  | { readonly kind: 'ok'; readonly backup: ArchiveBackup }
  | { readonly kind: 'failed'; readonly reason: string };

/** What a restore did, or why it refused (nothing is written then). */
export type RestoreResult =
  | {
      readonly kind: 'restored';
      readonly added: number;
      /** Articles the archive already had (same id, or the same text under another id). */
      readonly skipped: number;
    }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      /** Set when part of the backup was written before it stopped (the reason says what). */
      readonly partial?: true;
    };

/**
 * How a streamed restore asks for a batch of articles to be checked: numbered from
 * `firstArticle` (for the reason's words), and with `checkOnly` while it only checks the file
 * whole before writing anything (the check may then leave out work that never refuses, such as
 * sanitising HTML, and its rows are not written).
 */
export interface CheckFrom {
  readonly firstArticle?: number;
  readonly checkOnly?: boolean;
}

/**
 * The whole archive as one JSON text (the streamed layout, written by `writeBackup`). For tests
 * and small archives only: the app writes a backup piece by piece to a file (see writeBackup),
 * since a big archive is more than one string can hold.
 */
export async function exportArchive(db: ArchiveDatabase): Promise<string> {
  const pieces: string[] = [];
  await writeBackup(db, { write: async (text) => void pieces.push(text) });
  return pieces.join('');
}

/**
 * Restores a backup after `check` has rebuilt it from checked fields; nothing is written until
 * the whole file has been read and checked. `replace` empties the archive first; `merge` never
 * overwrites: it keeps every article, story and tag already there (edits made since the backup
 * survive) and adds only what is new, skipping texts already archived under another id. A
 * streamed backup (format 4) is read a row at a time, twice (see restoreStreamed); an older one
 * is read whole and restored in one transaction.
 */
export function restoreArchive(
  db: ArchiveDatabase,
  file: string | Uint8Array | ByteSource,
  mode: 'merge' | 'replace',
  check: BackupCheck,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  return withWriteSession(db, async () => {
    const blob =
      typeof file === 'string' || file instanceof Uint8Array
        ? new Blob([typeof file === 'string' ? file : new Uint8Array(file)])
        : file;
    const opened = await openBackup(blob);
    if (opened.kind === 'streamed') return restoreStreamed(db, opened.rows, mode, check, options);
    return restoreArchiveNow(db, opened.text, mode, check);
  });
}

// An older backup (formats 1–3): one JSON text, small enough to have been one string.
async function restoreArchiveNow(
  db: ArchiveDatabase,
  file: string,
  mode: 'merge' | 'replace',
  check: BackupCheck,
): Promise<RestoreResult> {
  const parsed = parseBackup(file);
  if (parsed.kind === 'failed') return parsed;
  // A backup is hostile until checked: HTML sanitised, hashes recomputed, keys present.
  const checked = check(parsed.backup);
  if (checked.kind === 'failed') return checked;
  const { articles, stories, tags } = checked.backup;
  let added = 0;
  let skipped = 0;
  try {
    await db.transaction('rw', db.tables, async () => {
      if (mode === 'replace') await Promise.all(db.tables.map((t) => t.clear()));
      const present = await db.articles.bulkGet(articles.map((a) => a.id));
      const absent = articles.filter((_, i) => present[i] === undefined);
      const repeats = await archivedByText(db, absent, new Set(articles.map((a) => a.id)));
      const fresh = absent.filter((a) => !repeats.has(a.id));
      added = fresh.length;
      skipped = articles.length - fresh.length;
      await db.stories.bulkAdd(await missing(db.stories, stories, (s) => s.id));
      await db.tags.bulkAdd(await missing(db.tags, tags, (t) => t.name));
      const annotations = parsed.backup.annotations ?? [];
      await db.annotations.bulkAdd(await missing(db.annotations, annotations, (a) => a.id));
      await db.articles.bulkAdd(fresh);
      await restoreWatch(db, checked.backup);
      await bumpRevision(db);
    });
  } catch (error) {
    return { kind: 'failed', reason: describeWriteError(error) };
  }
  await rebuildDerivedData(db);
  return { kind: 'restored', added, skipped };
}
