import { useEffect } from 'react';
import type { PickedFile } from '../../shared/ipc';
import { useHost } from '../host-context';

/**
 * Imports files the OS hands the desktop app ("Open with Verso", a second launch, File › Open
 * Recent): first what arrived before the page listened, then each new batch.
 */
export function useOpenFiles(importFiles: (files: readonly PickedFile[]) => void): void {
  const host = useHost();
  useEffect(() => {
    const unsubscribe = host.onOpenFiles((files) => importFiles(files));
    void host.pendingFiles().then((files) => {
      if (files.length > 0) importFiles(files);
    });
    return unsubscribe;
  }, [host, importFiles]);
}
