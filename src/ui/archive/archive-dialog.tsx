import { Dialog } from '../common/dialog';
import { PassimSection } from '../passim/passim-section';
import { BackupSection } from './backup-section';
import { StorageSection } from './storage-section';
import './archive.css';

/** The Archive panel: back up, restore, and the archive's storage. */
export function ArchiveDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Archive" className="archive-dialog" onClose={onClose}>
      {(close) => (
        <>
          <BackupSection />
          <PassimSection />
          <StorageSection />
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
