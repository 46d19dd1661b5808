import { useEffect, useState, useSyncExternalStore } from 'react';
import { archive } from './archive';
import { archiveChangeVersion, subscribeToArchiveChanges } from './archive-changes';

const subscribe = (listener: () => void): (() => void) =>
  subscribeToArchiveChanges(archive().name, listener);

/**
 * A query over the archive that re-runs when its inputs change and, at most once a second, when
 * the library's data does (see archive-changes.ts): for what the library lists and counts, where
 * a live query would re-read it after every imported article. Undefined until the first answer;
 * afterwards the last answer stays until the next arrives.
 */
export function useArchiveQuery<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const version = useSyncExternalStore(subscribe, archiveChangeVersion);
  const [answer, setAnswer] = useState<{ value: T } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    query().then(
      (value) => {
        if (current) setAnswer({ value });
      },
      // A failed refresh keeps the last answer; the next change or input asks again.
      () => undefined,
    );
    return () => {
      current = false;
    };
    // The caller's deps stand for the query; the version is the archive's changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, ...deps]);
  return answer?.value;
}
