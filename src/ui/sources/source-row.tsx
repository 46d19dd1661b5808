import { removeSubscription } from '../../db/watch-store';
import type { SubscriptionRecord } from '../../db/watch-records';
import { useWrite } from '../common/use-write';
import { archive } from '../data/archive';
import { intervalWords, outcomeWords, totalsWords, whenWords } from './source-words';

/** One watched source: what it is, when it was and will be checked, how that went, its controls. */
export function SourceRow({
  subscription,
  now,
  checking,
  onCheck,
}: {
  subscription: SubscriptionRecord;
  now: number;
  checking: boolean;
  onCheck: () => void;
}) {
  const write = useWrite();
  const outcome = subscription.lastOutcome;
  const failed = outcome.kind === 'failed';
  const notes = outcome.kind === 'ok' ? outcome.notes : [];
  return (
    <li className={`source-row${failed ? ' failed' : ''}`} aria-label={subscription.title}>
      <h3 className="source-title">{subscription.title}</h3>
      <p className="source-meta">
        {subscription.kind === 'feed' ? 'Feed' : 'Page'} ·{' '}
        <span className="source-url">{subscription.url}</span> ·{' '}
        {intervalWords(subscription.intervalMs)}
      </p>
      <p className="source-meta">
        Last checked {whenWords(subscription.lastCheckedAt, now)}; next check{' '}
        {subscription.nextCheckAt <= now ? 'due now' : whenWords(subscription.nextCheckAt, now)}.{' '}
        {totalsWords(subscription)}.
      </p>
      <p className="source-outcome" role={failed ? 'alert' : undefined}>
        {outcomeWords(outcome)}
      </p>
      {notes.length > 0 && (
        <ul className="source-notes">
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <div className="source-actions">
        <button type="button" onClick={onCheck} disabled={checking}>
          Check now
        </button>
        <button
          type="button"
          onClick={() =>
            void write('removing the source', () => removeSubscription(archive(), subscription.id))
          }
          title="Stop watching; the articles it archived stay in the library"
        >
          Stop watching
        </button>
      </div>
    </li>
  );
}
