import type { ArchiveDatabase } from '../database';
import { withWriteSession } from '../write-session';
import type { AnnotationRecord, ArticleRecord, StoryRecord, TagRecord } from '../records';
import type { SubscriptionRecord, WatchedPageRecord } from '../watch-records';
import { rebuildDerivedData } from '../derive';
import { bumpRevision } from '../revision';
import { describeWriteError } from '../write-error';
import { parseBackup } from './backup-format';

/** The one-file backup: the user's data only, since derived data is rebuilt on restore. */
export interface ArchiveBackup {
  readonly format: 'verso-archive';
  /**
   * 3 since watched sources are backed up; 2 since schema v4 (dates as instants). Formats 1 and
   * 2 are still read (they have no sources).
   */
  readonly formatVersion: 3;
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
  | { readonly kind: 'failed'; readonly reason: string };

/** The whole archive as one JSON text, ready for `host.saveFile`. */
export async function exportArchive(db: ArchiveDatabase): Promise<string> {
  const backup: ArchiveBackup = await db.transaction(
    'r',
    [db.articles, db.stories, db.tags, db.annotations, db.subscriptions, db.watchedPages],
    async () => ({
      format: 'verso-archive',
      formatVersion: 3,
      exportedAt: new Date().toISOString(),
      articles: await db.articles.toArray(),
      stories: await db.stories.toArray(),
      tags: await db.tags.toArray(),
      annotations: await db.annotations.toArray(),
      subscriptions: await db.subscriptions.toArray(),
      watchedPages: await db.watchedPages.toArray(),
    }),
  );
  return JSON.stringify(backup);
}

/**
 * Restores a backup in one transaction, after `check` has rebuilt it from checked fields. `replace` empties the archive first; `merge` never
 * overwrites: it keeps every article, story and tag already there (edits made since the backup
 * survive) and adds only what is new, skipping texts already archived under another id.
 */
export function restoreArchive(
  db: ArchiveDatabase,
  file: string | Uint8Array,
  mode: 'merge' | 'replace',
  check: BackupCheck,
): Promise<RestoreResult> {
  return withWriteSession(db, () => restoreArchiveNow(db, file, mode, check));
}

async function restoreArchiveNow(
  db: ArchiveDatabase,
  file: string | Uint8Array,
  mode: 'merge' | 'replace',
  check: BackupCheck,
): Promise<RestoreResult> {
  const parsed = parseBackup(typeof file === 'string' ? file : new TextDecoder().decode(file));
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
      const fresh: ArticleRecord[] = [];
      for (const [i, article] of articles.entries()) {
        const archived =
          present[i] !== undefined ||
          (await db.articles.where('contentHash').equals(article.contentHash).count()) > 0;
        if (archived) skipped++;
        else {
          added++;
          fresh.push(article);
        }
      }
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

/** The rows of `rows` whose key the table does not hold yet: merging adds, never overwrites. */
async function missing<T, K>(
  table: { bulkGet(keys: K[]): PromiseLike<readonly unknown[]> },
  rows: readonly T[],
  keyOf: (row: T) => K,
): Promise<T[]> {
  const found = await table.bulkGet(rows.map(keyOf));
  return rows.filter((_, i) => found[i] === undefined);
}

/**
 * Adds the backup's watched sources the archive lacks (by id or address: merging never
 * overwrites), and their watched pages; a page whose article is not in the archive forgets it,
 * so its next check imports it again rather than pointing at nothing.
 */
async function restoreWatch(db: ArchiveDatabase, backup: ArchiveBackup): Promise<void> {
  const subscriptions = await missing(db.subscriptions, backup.subscriptions ?? [], (s) => s.id);
  const taken = await db.subscriptions
    .where('url')
    .anyOf(subscriptions.map((s) => s.url))
    .keys();
  const fresh = subscriptions.filter((s) => !taken.includes(s.url));
  await db.subscriptions.bulkAdd(fresh);
  const ours = new Set(fresh.map((s) => s.id));
  const pages = await missing(
    db.watchedPages,
    (backup.watchedPages ?? []).filter((p) => ours.has(p.subscriptionId)),
    (p) => p.url,
  );
  const articles = await db.articles.bulkGet(pages.map((p) => p.articleId || '\u0000'));
  await db.watchedPages.bulkAdd(pages.map((p, i) => (articles[i] ? p : { ...p, articleId: '' })));
}
