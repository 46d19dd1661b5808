import { useState } from 'react';
import { sayFailure } from '../shell/failure-words';
import { exportArchive } from '../../db/backup/backup';
import { archive } from '../data/archive';
import { useHost } from '../host-context';
import { backupFileName } from './archive-words';
import { RestoreForm } from './restore-form';

/** Export the whole archive to one JSON file, or restore one. */
export function BackupSection() {
  const host = useHost();
  const [exportNote, setExportNote] = useState('');
  const [exporting, setExporting] = useState(false);
  const exportAll = async (): Promise<void> => {
    // One file per click: a second click while the first export runs does nothing.
    if (exporting) return;
    setExporting(true);
    setExportNote('Preparing the backup…');
    try {
      const saved = await host.saveFile(backupFileName(new Date()), await exportArchive(archive()));
      setExportNote(saved ? 'Backup saved.' : 'Export cancelled.');
    } catch (error) {
      setExportNote(sayFailure(error, 'the backup'));
    } finally {
      setExporting(false);
    }
  };
  return (
    <section className="archive-section" aria-labelledby="backup-title">
      <h3 id="backup-title">Backup</h3>
      <p className="muted">
        One JSON file with every article, story, tag and note; echoes and the search index are
        rebuilt from it on restore.
      </p>
      <p>
        <button type="button" onClick={() => void exportAll()} disabled={exporting}>
          Export archive…
        </button>{' '}
        <span role="status">{exportNote}</span>
      </p>
      <RestoreForm />
    </section>
  );
}
