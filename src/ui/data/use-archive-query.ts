import { useEffect, useEffectEvent, useState } from 'react';
import { archive } from './archive';
import { subscribeToArchiveChanges } from './archive-changes';

/**
 * A query over the archive that re-runs when its inputs change and, at most once a second, when
 * the library's data does (see archive-changes.ts): for what the library lists and counts, where
 * a live query would re-read it after every imported article. Undefined until the first answer;
 * afterwards the last answer stays until the next arrives. A change re-runs the query at once,
 * not after a render, so whoever shows the change can wait for the answers (an import's end) —
 * unless a run is still under way: then one more run follows it. `signal` aborts when the
 * inputs change or the view goes, so a long query (a phrase search) can stop.
 */
export function useArchiveQuery<T>(
  query: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const [answer, setAnswer] = useState<{ value: T } | undefined>(undefined);
  const ask = useEffectEvent(query);
  useEffect(() => {
    let current = true;
    const inputs = new AbortController();
    let running: Promise<void> | undefined;
    let following: Promise<void> | undefined;
    const once = (): Promise<void> =>
      ask(inputs.signal).then(
        (value) => {
          if (current) setAnswer({ value });
        },
        // A failed refresh keeps the last answer; the next change or input asks again.
        () => undefined,
      );
    // Runs never overlap: a phrase search can take seconds at 100,000 articles, and an import's
    // changes once a second would otherwise pile up searches, each slowing the others.
    const run = (): Promise<void> => {
      // A follow-up queued before the inputs changed would start with their aborted signal: an
      // answer nobody waits for, whose clean-up could undo the newer query's (its progress line).
      if (inputs.signal.aborted) return Promise.resolve();
      if (!running) return (running = once().finally(() => (running = undefined)));
      return (following ??= running.then(() => {
        following = undefined;
        return run();
      }));
    };
    void run();
    const stop = subscribeToArchiveChanges(archive().name, run);
    return () => {
      current = false;
      inputs.abort();
      stop();
    };
    // The caller's deps stand for the query; changes to the archive come by the subscription.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return answer?.value;
}
