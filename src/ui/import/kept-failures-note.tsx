import { useState } from 'react';
import { dropKeptFailures, readKeptFailures } from './kept-failures';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The last import's failures after a reload, until the person dismisses them. */
export function KeptFailuresNote() {
  const [kept, setKept] = useState(readKeptFailures);
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
