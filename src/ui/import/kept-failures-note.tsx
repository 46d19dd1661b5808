import { useEffect, useState } from 'react';
import { archiveIdentity } from '../../db/archive-identity';
import { archive } from '../data/archive';
import {
  dropKeptFailures,
  keptFailuresKey,
  readKeptFailures,
  type KeptFailures,
} from './kept-failures';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The last import's failures into this archive after a reload, until the person dismisses them.
 * Another tab's import, dismissal or restore changes what is kept, and this tab reads it again.
 */
export function KeptFailuresNote() {
  const [kept, setKept] = useState<KeptFailures | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = (): void =>
      void archiveIdentity(archive())
        .then((identity) => live && setKept(readKeptFailures(identity)))
        .catch(() => undefined);
    const changed = (event: StorageEvent): void => {
      if (event.key === keptFailuresKey || event.key === null) read();
    };
    read();
    window.addEventListener('storage', changed);
    return () => {
      live = false;
      window.removeEventListener('storage', changed);
    };
  }, []);
  if (!kept) return null;
  const count = kept.failures.length + kept.more;
  const dismiss = () => {
    dropKeptFailures();
    setKept(undefined);
  };
  return (
    <div className="import-status import-summary" role="status" aria-label="Last import’s failures">
      <p>
        The last import ({when.format(kept.at)}) could not read{' '}
        {count === 1 ? 'one item' : `${count.toLocaleString('en')} items`}:
      </p>
      <ul>
        {kept.failures.map((f, index) => (
          <li key={index}>
            <strong>{f.label}</strong>: {f.reason}
          </li>
        ))}
      </ul>
      {kept.more > 0 && <p>and {kept.more.toLocaleString('en')} more</p>}
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
