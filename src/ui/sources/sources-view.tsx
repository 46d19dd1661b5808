import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { listSubscriptions } from '../../db/watch-store';
import { archive } from '../data/archive';
import { runWatchRound, subscribeWatchState, watchState } from '../data/watch-rounds';
import { useHost } from '../host-context';
import { useDocumentTitle } from '../shell/use-document-title';
import { AddSourceForm } from './add-source-form';
import { SourceRow } from './source-row';
import './sources.css';

/** Keeps "5 minutes ago" true while the panel stays open. */
function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The Sources panel: what is watched, how each last check went in words, and the controls. */
export function SourcesView() {
  const host = useHost();
  const subscriptions = useLiveQuery(() => listSubscriptions(archive()), []);
  const watch = useSyncExternalStore(subscribeWatchState, watchState);
  const [message, setMessage] = useState('');
  const now = useNow();
  useDocumentTitle('Sources');
  const checkNow = (ids: readonly string[]): void => {
    if (ids.length === 0) return;
    runWatchRound(host.watchFetch, ids).catch(() =>
      setMessage('The check stopped unexpectedly; it will be tried again on schedule.'),
    );
  };
  if (subscriptions === undefined) return null;
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <p className="sources-intro">
        Feeds and pages Verso checks on a schedule: new articles are archived, and an article that
        changes within a week of appearing is kept as a new version.
        {host.kind === 'web' &&
          ' In a browser, Verso can only reach sites that allow cross-origin reading (CORS); those it cannot reach are marked below. The desktop app can watch any site.'}
      </p>
      <AddSourceForm
        onAdded={(ids, words) => (setMessage(words), checkNow(ids))}
        onBegin={() => setMessage('')}
      />
      {message && (
        <p className="sources-message" role="status">
          {message}
        </p>
      )}
      <div className="sources-actions">
        <button
          type="button"
          disabled={watch.running || subscriptions.length === 0}
          onClick={() => checkNow(subscriptions.map((s) => s.id))}
        >
          Check all now
        </button>
        <span role="status" className="sources-progress">
          {watch.running
            ? watch.total
              ? `Checking… ${watch.done} of ${watch.total} sources done`
              : 'Checking…'
            : ''}
        </span>
      </div>
      {subscriptions.length === 0 ? (
        <p>Nothing is watched yet. Add a feed or a page above, or import an OPML file.</p>
      ) : (
        <ul className="source-list" aria-label="Watched sources">
          {subscriptions.map((subscription) => (
            <SourceRow
              key={subscription.id}
              subscription={subscription}
              now={now}
              checking={watch.running}
              onCheck={() => checkNow([subscription.id])}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
