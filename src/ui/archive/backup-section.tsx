import { useRef, useState } from 'react';
import { sayFailure } from '../shell/failure-words';
import { writeBackup } from '../../db/backup/backup-writer';
import { archive } from '../data/archive';
import { useHost } from '../host-context';
import { backupFileName } from './archive-words';
import { RestoreForm } from './restore-form';

const number = (n: number): string => n.toLocaleString('en');

/** Export the whole archive to one JSON file, written in pieces with progress and cancel; or restore one. */
export function BackupSection() {
  const host = useHost();
  const [exportNote, setExportNote] = useState('');
  const [progress, setProgress] = useState<
    { done: number; total: number; waiting?: boolean } | undefined
  >();
  const running = useRef<AbortController | undefined>(undefined);
  const exportAll = async (): Promise<void> => {
    // One file per click: a second click while the first export runs does nothing.
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setExportNote('');
    try {
      // The save picker first, while the click still counts as the person's (browsers ask it).
      const file = await host.openSave(backupFileName(new Date()));
      if (!file) return setExportNote('Export cancelled.');
      setProgress({ done: 0, total: 0 });
      try {
        const counts = await writeBackup(archive(), file, {
          signal: controller.signal,
          onWaiting: () => setProgress({ done: 0, total: 0, waiting: true }),
          onProgress: ({ articles, totalArticles }) =>
            setProgress({ done: articles, total: totalArticles }),
        });
        await file.finish();
        setExportNote(
          `Backup saved: ${number(counts.articles)} article${counts.articles === 1 ? '' : 's'}.`,
        );
      } catch (error) {
        // Nothing half-written is kept: the host drops the file (or never downloads it).
        await file.abort().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      setExportNote(
        controller.signal.aborted
          ? 'Export cancelled; no backup was written.'
          : sayFailure(error, 'the backup'),
      );
    } finally {
      running.current = undefined;
      setProgress(undefined);
    }
  };
  return (
    <section className="archive-section" aria-labelledby="backup-title">
      <h3 id="backup-title">Backup</h3>
      <p className="muted">
        One JSON file with every article, story, tag, note, highlight and watched source; echoes and
        the search index are rebuilt from it on restore.
      </p>
      <p>
        <button type="button" onClick={() => void exportAll()} disabled={progress !== undefined}>
          Export archive…
        </button>{' '}
        {progress && (
          <>
            <progress
              max={progress.total || 1}
              value={progress.total > 0 ? progress.done : 0}
              aria-label="Backup progress"
            />{' '}
            <button type="button" onClick={() => running.current?.abort()}>
              Cancel export
            </button>{' '}
          </>
        )}
        <span role="status">
          {progress?.waiting
            ? 'Waiting for the import (or edit) in another window to finish, so that the backup does not cut it in half…'
            : progress
              ? `Writing the backup… ${number(progress.done)} of ${number(progress.total)} articles. Imports and edits wait until it is written, so that it is the archive of one moment.`
              : exportNote}
        </span>
      </p>
      <RestoreForm />
    </section>
  );
}
