import { useEffect, useRef } from 'react';
import { PassimSection } from '../passim/passim-section';
import { BackupSection } from './backup-section';
import { StorageSection } from './storage-section';
import './archive.css';

/** The Archive panel: back up, restore, and the archive's storage. */
export function ArchiveDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      className="about-dialog archive-dialog"
      aria-labelledby="archive-dialog-title"
      onClose={onClose}
    >
      <h2 id="archive-dialog-title">Archive</h2>
      <BackupSection />
      <PassimSection />
      <StorageSection />
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
