import { useId, useState, type FormEvent } from 'react';
import { readOpml } from '../../core/watch/read-opml';
import type { SubscriptionKind } from '../../core/watch/watch-model';
import { addSubscriptions } from '../../db/watch-store';
import { useWrite } from '../common/use-write';
import { archive } from '../data/archive';
import { readTypedAddress } from '../import/typed-address';

const intervals = [
  { label: 'every 15 minutes', ms: 15 * 60_000 },
  { label: 'every hour', ms: 60 * 60_000 },
  { label: 'every 6 hours', ms: 6 * 60 * 60_000 },
  { label: 'every day', ms: 24 * 60 * 60_000 },
] as const;

/** The largest OPML file read (a subscription list, not an archive). */
const maxOpmlBytes = 5 * 1024 * 1024;

const addedWords = (added: number, existing: number): string =>
  `${added === 1 ? 'Added 1 source' : `Added ${added} sources`}${
    existing ? ` (${existing} already watched)` : ''
  }.`;

/**
 * Adds a feed or a page to watch, or every feed of an OPML file; new ones are checked at once.
 * `onBegin` hears each new try, so the words of the last one (said beside the form) go before
 * this one's: a refused OPML file's reason showed under "Added 1 source." from before.
 */
export function AddSourceForm({
  onAdded,
  onBegin,
}: {
  onAdded: (ids: readonly string[], words: string) => void;
  onBegin?: () => void;
}) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<SubscriptionKind>('feed');
  const [intervalMs, setIntervalMs] = useState<number>(60 * 60_000);
  const [problem, setProblem] = useState('');
  const write = useWrite();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    onBegin?.();
    const typed = readTypedAddress(url);
    if (typed.kind !== 'page')
      return setProblem(
        typed.kind === 'refused' ? typed.reason : 'Enter the address of a feed or a page.',
      );
    const address = new URL(typed.url);
    setProblem('');
    let result: Awaited<ReturnType<typeof addSubscriptions>> | undefined;
    await write('adding the source', async () => {
      result = await addSubscriptions(archive(), [{ kind, url: address.href, intervalMs }]);
    });
    if (!result) return;
    const { added, existing } = result;
    setUrl('');
    // Back to a feed, the common case: a page's choice left standing made the next feed typed
    // in a watched page (q22), checked as HTML and never read as a feed.
    setKind('feed');
    onAdded(
      added.map((s) => s.id),
      existing ? 'That address is already watched.' : addedWords(added.length, 0),
    );
  };
  const importOpml = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    onBegin?.();
    if (file.size > maxOpmlBytes) return setProblem('That file is too large to be an OPML list.');
    const reading = readOpml(await file.text());
    if (reading.kind === 'failed') return setProblem(reading.reason);
    setProblem('');
    let result: Awaited<ReturnType<typeof addSubscriptions>> | undefined;
    await write('adding the feeds', async () => {
      result = await addSubscriptions(
        archive(),
        reading.feeds.map((feed) => ({
          kind: 'feed' as const,
          url: feed.url,
          title: feed.title,
          intervalMs,
        })),
      );
    });
    if (!result) return;
    const { added, existing } = result;
    onAdded(
      added.map((s) => s.id),
      addedWords(added.length, existing),
    );
  };
  return (
    // The address is checked in submit, in words; the browser's own check (type="url") refused
    // an address typed without https:// with a bubble and never let that message show.
    <form className="add-source" noValidate onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-url`}>Address to watch</label>
      <input
        id={`${id}-url`}
        type="url"
        value={url}
        placeholder="https://example.com/feed.xml"
        onChange={(event) => setUrl(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      <label htmlFor={`${id}-kind`}>It is</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(event) => setKind(event.target.value === 'page' ? 'page' : 'feed')}
      >
        <option value="feed">a feed (RSS, Atom, JSON Feed)</option>
        <option value="page">a page to capture over time</option>
      </select>
      <label htmlFor={`${id}-interval`}>Check</label>
      <select
        id={`${id}-interval`}
        value={intervalMs}
        onChange={(event) => setIntervalMs(Number(event.target.value))}
      >
        {intervals.map((option) => (
          <option key={option.ms} value={option.ms}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit">Watch</button>
      <label className="opml-button">
        Import OPML…
        <input
          type="file"
          accept=".opml,.xml,text/x-opml,application/xml,text/xml"
          onChange={(event) => {
            void importOpml(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </label>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="add-source-problem">
          {problem}
        </p>
      )}
    </form>
  );
}
