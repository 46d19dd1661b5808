import { useState } from 'react';
import { sayFailure } from '../shell/failure-words';
import { restoreArchive } from '../../db/backup/backup';
import { checkBackup } from '../../import/check-backup';
import { archive } from '../data/archive';
import { readHostFile } from '../../host/host';
import { useHost } from '../host-context';
import { describeRestore } from './archive-words';
import { dropAllDrafts } from '../common/kept-drafts';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly ok: boolean; readonly message: string };

/** Restore from a backup file, merged into the archive or replacing it (after a confirmation). */
export function RestoreForm() {
  const host = useHost();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const restore = async (): Promise<void> => {
    const [file] = await host.pickFiles({ folders: false, accept: 'backup' });
    if (!file) return setStep({ kind: 'idle' });
    setStep({ kind: 'busy' });
    try {
      const { bytes } = await readHostFile(file);
      const result = await restoreArchive(archive(), bytes, mode, (backup) => checkBackup(backup));
      // Drafts kept from the archive just replaced would be saved over what the backup restored.
      if (result.kind === 'restored' && mode === 'replace') dropAllDrafts();
      setStep({ kind: 'done', ok: result.kind === 'restored', message: describeRestore(result) });
    } catch (error) {
      const reason = sayFailure(error, 'the restore');
      setStep({ kind: 'done', ok: false, message: `Nothing was restored. ${reason}` });
    }
  };
  const option = (value: 'merge' | 'replace', label: string) => (
    <label>
      <input
        type="radio"
        name="restore-mode"
        value={value}
        checked={mode === value}
        onChange={() => setMode(value)}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset className="restore-form" disabled={step.kind === 'busy'}>
      <legend>Restore from a backup</legend>
      {option(
        'merge',
        'Merge: add what this archive lacks (articles it already has keep their tags and notes)',
      )}
      {option('replace', 'Replace: delete this archive, then restore the backup')}
      {step.kind === 'confirm' ? (
        <div role="alertdialog" aria-label="Confirm replace" className="restore-confirm">
          <p>Replace deletes every article now in this archive. Continue?</p>
          <button type="button" className="danger" onClick={() => void restore()}>
            Replace the archive…
          </button>{' '}
          <button type="button" autoFocus onClick={() => setStep({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      ) : (
        <p>
          <button
            type="button"
            onClick={() => (mode === 'replace' ? setStep({ kind: 'confirm' }) : void restore())}
          >
            Restore from backup…
          </button>
        </p>
      )}
      {step.kind === 'busy' && <p role="status">Restoring…</p>}
      {step.kind === 'done' && <p role={step.ok ? 'status' : 'alert'}>{step.message}</p>}
    </fieldset>
  );
}
