import type { ArchiveDatabase } from '../database';
import { withWritesHeld } from '../write-session';
import { backupHold } from './backup-hold';
import { SnapshotReader } from './snapshot-reader';
import {
  sectionNames,
  streamedFormatVersion,
  type BackupCounts,
  type SectionName,
  zeroCounts,
} from './backup-layout';

/** Where a streamed backup goes, a piece at a time (a file being written, or parts of a Blob). */
export interface BackupSink {
  /** Appends the next piece; the writer waits for it before reading more from the archive. */
  write(text: string): Promise<void>;
}

/** How far an export has got: rows written of each table so far, and the articles to write. */
export interface ExportProgress {
  readonly articles: number;
  readonly totalArticles: number;
}

/** Options for `writeBackup`. */
export interface WriteBackupOptions {
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Stops the export between pages (or while it waits); the writer then throws the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called when the export must first wait for another tab's writes (an import) to end. */
  readonly onWaiting?: () => void;
  /**
   * Rows read in the first page of each table (one read each); later pages are sized from the
   * rows read so far to about `pageChars` of JSON, since an article may be 10 MB or 2 KB.
   */
  readonly pageSize?: number;
  /** About how many characters of JSON a page of rows should make. */
  readonly pageChars?: number;
  /** Characters gathered before a piece goes to the sink. */
  readonly pieceChars?: number;
}

// Each table is read by its primary key, page after page: the key of a page's last row is where
// the next page starts, so no read holds more than a page, whatever the archive's size.
const keyOf: Record<SectionName, (row: Record<string, unknown>) => string> = {
  articles: (r) => r.id as string,
  stories: (r) => r.id as string,
  tags: (r) => r.name as string,
  annotations: (r) => r.id as string,
  subscriptions: (r) => r.id as string,
  watchedPages: (r) => r.url as string,
};

/**
 * Writes the whole archive to `sink` in the streamed layout (backup-layout.ts): a header line,
 * then one line per row, table by table, then the counts that mark a whole file. Every page is
 * read from one snapshot (snapshot-reader.ts), so the file is the archive of one moment: writes
 * that come while it runs wait for it (`backupHold` tells the app so), and it waits for another
 * tab's write session to end before it begins (`onWaiting` tells the caller). Never holds more than a
 * page of rows and two pieces of text: the archive as one string would pass V8's string limit
 * (~536 M characters) at some 40,000 real articles.
 */
export async function writeBackup(
  db: ArchiveDatabase,
  sink: BackupSink,
  options: WriteBackupOptions = {},
): Promise<BackupCounts> {
  await db.open();
  // Another tab's import is not cut in the middle: the backup waits for its write session, and
  // holds the write lock while it is written (write-session.ts).
  const { signal, onWaiting } = options;
  return withWritesHeld(
    db,
    async () => {
      const reader = new SnapshotReader(db.backendDB(), sectionNames);
      const release = backupHold.begin();
      try {
        return await writeSnapshot(reader, sink, options);
      } finally {
        reader.close();
        release();
      }
    },
    { ...(signal ? { signal } : {}), ...(onWaiting ? { onWaiting } : {}) },
  );
}

async function writeSnapshot(
  reader: SnapshotReader,
  sink: BackupSink,
  options: WriteBackupOptions,
): Promise<BackupCounts> {
  const { onProgress, signal, pageSize = 50, pageChars = 1 << 20, pieceChars = 1 << 20 } = options;
  const totalArticles = await reader.count('articles');
  const header = JSON.stringify({
    format: 'verso-archive',
    formatVersion: streamedFormatVersion,
    exportedAt: new Date().toISOString(),
  });
  let piece = `${header.slice(0, -1)},\n`;
  // The piece before this one may still be going to the sink while this one is made: the
  // snapshot is held (writes wait) for the export's length, so its reading and writing overlap.
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    if (piece === '') return;
    const text = piece;
    piece = '';
    await writing;
    writing = sink.write(text);
    // A failed write is seen at the next flush, or at the end.
    writing.catch(() => undefined);
  };
  const counts = zeroCounts();
  for (const name of sectionNames) {
    piece += `${JSON.stringify(name)}:[\n`;
    let last: string | undefined;
    let first = true;
    let size = pageSize;
    let chars = 0;
    for (;;) {
      signal?.throwIfAborted();
      const rows = await reader.page(name, last, size);
      if (rows.length === 0) break;
      for (const row of rows) {
        // One row at a time: no string ever holds more than one row and the piece around it.
        const json = JSON.stringify(row);
        chars += json.length;
        piece += `${first ? '' : ',\n'}${json}`;
        first = false;
        if (piece.length >= pieceChars) await flush();
      }
      counts[name] += rows.length;
      last = keyOf[name](rows[rows.length - 1] as Record<string, unknown>);
      if (name === 'articles') onProgress?.({ articles: counts.articles, totalArticles });
      // The next page is about pageChars of JSON at the rows' mean size so far: its JSON stays
      // a few milliseconds of work, and small rows are not read a few at a time. Reading it
      // (IndexedDB answers in a task of its own) lets the page draw meanwhile.
      size = Math.max(1, Math.min(500, Math.round(pageChars / (chars / counts[name]))));
    }
    piece += `${first ? '' : '\n'}],\n`;
  }
  piece += `"counts":${JSON.stringify(counts)}}\n`;
  await flush();
  await writing;
  return counts;
}
