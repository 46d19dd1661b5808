import { useRef, useState } from 'react';
import { sayFailure } from '../shell/failure-words';
import { restoreArchive } from '../../db/backup/backup';
import type { RestoreProgress } from '../../db/backup/restore-stream';
import { checkBackup } from '../../import/check-backup';
import { archive } from '../data/archive';
import { readHostFile, type HostFile, type StreamedFile } from '../../host/host';
import { useHost } from '../host-context';
import { describeRestore } from './archive-words';
import { dropAllDrafts } from '../common/kept-drafts';
import { dropKeptFailures } from '../import/kept-failures';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'busy'; readonly progress?: RestoreProgress; readonly cancelling?: true }
  | { readonly kind: 'done'; readonly ok: boolean; readonly message: string };

const number = (n: number): string => n.toLocaleString('en');

/** What the restore is doing, in words, for its status line. */
function sayProgress(progress: RestoreProgress | undefined): string {
  if (!progress) return 'Restoring…';
  if (progress.phase === 'checking')
    return `Reading and checking the backup… ${number(progress.articles)} articles (nothing is written until it has been read whole)`;
  if (progress.phase === 'writing')
    return `Restoring… ${number(progress.articles)} of ${number(progress.total)} articles`;
  if (progress.phase === 'finishing')
    return `Finishing: all ${number(progress.total)} articles are written; removing what the backup does not have, then its stories, tags and highlights…`;
  return `Preparing echoes for the restored articles… ${number(progress.articles)} of ${number(progress.total)}`;
}

/**
 * What a cancel asked for says until the restore's message comes: once the writing has stopped,
 * the articles already written stay and their search and echo data are prepared (as after a
 * whole restore: minutes at 100,000 articles), which must not read as a cancel that hangs.
 */
export function sayCancelling(cancelling: true | undefined, progress: RestoreProgress | undefined) {
  if (!cancelling) return undefined;
  if (progress?.phase !== 'rebuilding') return 'Cancelling the restore…';
  return `Cancelled. The articles already written stay; preparing search and echoes for the archive… ${number(progress.articles)} of ${number(progress.total)}`;
}

// A backup is read as a stream (it may be larger than memory allows as one piece): a browser
// file, or the desktop's, read in chunks from main; a file handed over read is wrapped as one.
async function sourceOf(file: HostFile): Promise<StreamedFile> {
  if (file.open) return file.open();
  const { bytes } = await readHostFile(file);
  return new Blob([new Uint8Array(bytes)]);
}

/** Restore from a backup file, merged into the archive or replacing it (after a confirmation). */
export function RestoreForm() {
  const host = useHost();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  const restore = async (): Promise<void> => {
    const [file] = await host.pickFiles({ folders: false, accept: 'backup' });
    if (!file) return setStep({ kind: 'idle' });
    const controller = new AbortController();
    running.current = controller;
    setStep({ kind: 'busy' });
    try {
      const source = await sourceOf(file);
      const result = await restoreArchive(
        archive(),
        source,
        mode,
        (backup, from) => checkBackup(backup, {}, from),
        {
          signal: controller.signal,
          // A cancel asked for stays shown until the restore has stopped.
          onProgress: (progress) =>
            setStep((now) => ({ ...(now.kind === 'busy' ? now : { kind: 'busy' }), progress })),
        },
      );
      // Drafts kept from the archive just replaced would be saved over what the backup restored.
      // So would the last import's failures (they were the replaced archive's): every tab drops them.
      if (result.kind === 'restored' && mode === 'replace') {
        dropAllDrafts();
        dropKeptFailures();
      }
      setStep({ kind: 'done', ok: result.kind === 'restored', message: describeRestore(result) });
    } catch (error) {
      const reason = sayFailure(error, 'the restore');
      setStep({ kind: 'done', ok: false, message: `Nothing was restored. ${reason}` });
    } finally {
      running.current = undefined;
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
  const progress = step.kind === 'busy' ? step.progress : undefined;
  return (
    <>
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
        {step.kind === 'done' && <p role={step.ok ? 'status' : 'alert'}>{step.message}</p>}
      </fieldset>
      {step.kind === 'busy' && (
        // Outside the disabled fieldset, so Cancel can be pressed while the restore runs.
        <p>
          {progress && progress.phase !== 'checking' && (
            <progress
              max={progress.total || 1}
              value={progress.phase === 'finishing' ? progress.total : progress.articles}
              aria-label="Restore progress"
            />
          )}{' '}
          <span role="status">
            {sayCancelling(step.cancelling, progress) ?? sayProgress(progress)}
          </span>{' '}
          {(!progress || progress.phase === 'checking' || progress.phase === 'writing') && (
            // Once every article is written the restore runs to its end (RestoreOptions.signal);
            // a cancel while writing keeps the batches written and says what is there.
            <button
              type="button"
              disabled={step.cancelling}
              onClick={() => {
                running.current?.abort();
                setStep({ ...step, cancelling: true });
              }}
            >
              Cancel restore
            </button>
          )}
        </p>
      )}
    </>
  );
}
