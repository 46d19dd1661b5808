import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SelectedPassage } from '../../core/echoes/passage-copies';
import { selectionCovered } from '../../core/echoes/passage-copies';
import type { Echo, Passage } from '../../core/model';
import { getSummaries } from '../../db/list-source';
import type { EchoSettings } from '../../workers/echo-protocol';
import { archive } from '../data/archive';
import { findPassageCopiesInWorker } from '../data/passage-copies-client';
import { clip } from '../echoes/clip-pair';
import { printingsOf, type ArticleAbout, type ListedEcho } from '../echoes/echo-cards';
import { firstWords, ListMore, PrintingRow, PRINTINGS_STEP } from '../echoes/echo-printings';
import { useScan } from '../echoes/use-scan';

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "holds 40% of it" for a copy of part of the selection; nothing for a copy of nearly all. */
function coverWords(selected: Passage, echo: Echo): string | undefined {
  const covered = selectionCovered(selected, echo);
  return covered < 0.95 ? `· holds ${Math.round(covered * 100)}% of it` : undefined;
}

/**
 * "Where else did this passage appear?": the selected passage's near copies in the archive (its
 * own article's other copies included), found by the echo worker with progress and Cancel, listed
 * oldest first with who printed it first (the printings list's rule and rows), each a link to the
 * copy and Compare.
 */
export function PassageCopies({
  passage,
  versionIds,
  settings,
  revision,
  self,
  onCompare,
  onShow,
  onClose,
}: {
  passage: SelectedPassage;
  versionIds: readonly string[];
  settings: EchoSettings;
  /** The archive's state the lookup is current with (the article's content hash will do). */
  revision: unknown;
  /** The passage's own article: its title, source and dates. */
  self: ArticleAbout;
  onCompare: (echo: Echo) => void;
  onShow: (passage: Passage) => void;
  onClose: () => void;
}) {
  const key = JSON.stringify([
    passage.doc,
    passage.start,
    passage.end,
    versionIds,
    settings,
    revision,
  ]);
  const lookup = useScan(key, (onProgress, signal) =>
    findPassageCopiesInWorker(passage, versionIds, settings, onProgress, signal),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [key]);
  const found = lookup.state.kind === 'done' ? lookup.state.result : undefined;
  const items = useMemo<ListedEcho[]>(
    () => (found?.echoes ?? []).map((echo, index) => ({ echo, index })),
    [found],
  );
  const ids = [...new Set(items.map((i) => i.echo.b.doc))].filter((id) => id !== passage.doc);
  const summaries = useLiveQuery(() => getSummaries(archive(), ids), [ids.join('\n')]);
  const about = useMemo(
    () =>
      new Map<string, ArticleAbout>([
        ...(summaries ?? []).flatMap((a) => (a ? [[a.id, a] as const] : [])),
        // Its other copies are named as where they are, not by its title.
        [passage.doc, { ...self, title: 'this article' }],
      ]),
    [summaries, self, passage.doc],
  );
  const [listed, setListed] = useState(PRINTINGS_STEP);
  const printings = printingsOf(items, passage.doc, about);
  const more = printings.rows.length - listed;
  return (
    <section className="passage-copies" aria-labelledby="passage-copies-title">
      <h3 id="passage-copies-title" ref={heading} tabIndex={-1}>
        Copies of the selected passage
      </h3>
      <blockquote className="echo-quote">“{clip(passage.text)}”</blockquote>
      {lookup.state.kind === 'running' && (
        <div className="scan-progress" role="status">
          <span>
            {lookup.state.progress
              ? `${lookup.state.progress.phase} ${lookup.state.progress.done} of ${lookup.state.progress.total}`
              : 'Looking for copies…'}
          </span>
          <progress
            aria-label="Copies lookup progress"
            {...(lookup.state.progress && lookup.state.progress.total > 0
              ? { max: lookup.state.progress.total, value: lookup.state.progress.done }
              : {})}
          />
          <button type="button" onClick={lookup.cancel}>
            Cancel lookup
          </button>
        </div>
      )}
      {(lookup.state.kind === 'cancelled' || lookup.state.kind === 'failed') && (
        <p role="status">
          {lookup.state.kind === 'cancelled' ? 'Lookup cancelled.' : lookup.state.message}{' '}
          <button type="button" onClick={lookup.rerun}>
            Look again
          </button>
        </p>
      )}
      {found && (
        <p className="passage-copies-count">
          {items.length === 0
            ? `No copy of it elsewhere in the archive (of at least ${settings.minWords} words, ${Math.round(settings.minSimilarity * 100)}% alike).`
            : `${plural(items.length + found.omitted, 'copy', 'copies')} in ${plural(printings.articles, 'article', 'articles')} from ${plural(printings.publishers, 'source', 'sources')}${firstWords(printings.first)}.`}
          {found.omitted > 0 &&
            ` The strongest ${items.length.toLocaleString('en')} are listed; the other ${found.omitted.toLocaleString('en')} are counted only.`}
        </p>
      )}
      {printings.rows.length > 0 && (
        <ol className="printing-list" aria-label="Copies of the selected passage, oldest first">
          {printings.rows.slice(0, listed).map((row) => (
            <PrintingRow
              key={row.index}
              row={row}
              onCompare={onCompare}
              onShow={onShow}
              detail={coverWords(passage, row.echo)}
            />
          ))}
        </ol>
      )}
      <ListMore more={more} onMore={() => setListed((n) => n + PRINTINGS_STEP)} />
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
