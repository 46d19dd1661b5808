import { useEffect, useState } from 'react';
import { requestPersistence, storageUsage, type StorageUsage } from '../../db/backup/storage';
import { formatBytes } from './archive-words';

type Persisted = boolean | 'unsupported';

async function isPersisted(): Promise<Persisted> {
  if (!navigator.storage?.persisted) return 'unsupported';
  return navigator.storage.persisted();
}

const persistedWords = {
  true: 'Storage is persistent: the browser will not clear the archive to free space.',
  false: 'Storage is not persistent: under storage pressure the browser may clear the archive.',
  unsupported: 'This browser does not say whether storage is persistent.',
} as const;

interface StorageFacts {
  readonly usage: StorageUsage | null;
  readonly persisted: Persisted;
}

async function readStorage(): Promise<StorageFacts> {
  return { usage: (await storageUsage()) ?? null, persisted: await isPersisted() };
}

/** How much the archive's storage uses and may use, and whether the browser may evict it. */
export function StorageSection() {
  const [facts, setFacts] = useState<StorageFacts | undefined>(undefined);
  const [refused, setRefused] = useState(false);
  useEffect(() => void readStorage().then(setFacts), []);
  const ask = async (): Promise<void> => {
    setRefused((await requestPersistence()) === false);
    setFacts(await readStorage());
  };
  const usage = facts?.usage;
  const persisted = facts?.persisted;
  return (
    <section className="archive-section" aria-labelledby="storage-title">
      <h3 id="storage-title">Storage</h3>
      <p>
        {usage === undefined
          ? 'Measuring…'
          : usage === null
            ? 'This browser does not say how much storage the archive uses.'
            : `Using ${formatBytes(usage.usage)} of the ${formatBytes(usage.quota)} this browser allows.`}
      </p>
      {persisted !== undefined && <p>{persistedWords[`${persisted}`]}</p>}
      {persisted === false && (
        <p>
          <button type="button" onClick={() => void ask()}>
            Keep storage persistent
          </button>
        </p>
      )}
      {refused && (
        <p role="status">
          The browser declined for now; it grants this more readily to sites used often or
          installed.
        </p>
      )}
    </section>
  );
}
