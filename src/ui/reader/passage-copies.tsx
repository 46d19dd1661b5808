import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SelectedPassage } from '../../core/echoes/passage-copies';
import { selectionCovered } from '../../core/echoes/passage-copies';
import type { Echo, Passage } from '../../core/model';
import { getSummaries } from '../../db/list-source';
import { readEchoRevision } from '../../db/revision';
import type { EchoSettings } from '../../workers/echo-protocol';
import { archive } from '../data/archive';
import { findPassageCopiesInWorker } from '../data/passage-copies-client';
import { timedDates } from '../clusters/cluster-words';
import { clip } from '../echoes/clip-pair';
import { printingsOf, type ArticleAbout, type ListedEcho } from '../echoes/echo-cards';
import { firstWords, ListMore, PrintingRow, PRINTINGS_STEP } from '../echoes/echo-printings';
import { paragraphOf } from '../echoes/paragraph-of';
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
 * copy and Compare. A copy in the article itself is named by its paragraph, as the echo cards do.
 * The list follows the archive: an article deleted since leaves it at once, and any import or
 * deletion since the lookup says so beside a Look again (not a rerun on every write: an import of
 * thousands would restart the lookup once a second).
 */
export function PassageCopies({
  passage,
  versionIds,
  settings,
  revision,
  self,
  text,
  titleLineHidden,
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
  /** The article's text, to number the paragraph of a copy in it. */
  text: string;
  /** True when the reader leaves out the text's first line (a .txt title): paragraphs count after it. */
  titleLineHidden: boolean;
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
  const lookup = useScan(key, async (onProgress, signal) => {
    // The archive's state the lookup read: a later import or deletion makes its list out of date.
    const readAt = await readEchoRevision(archive());
    const found = await findPassageCopiesInWorker(
      passage,
      versionIds,
      settings,
      onProgress,
      signal,
    );
    return { ...found, readAt };
  });
  const revisionNow = useLiveQuery(() => readEchoRevision(archive()), []);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [key]);
  const found = lookup.state.kind === 'done' ? lookup.state.result : undefined;
  const ids = [...new Set((found?.echoes ?? []).map((e) => e.b.doc))].filter(
    (id) => id !== passage.doc,
  );
  const idsKey = ids.join('\n');
  const read = useLiveQuery(
    async () => ({ idsKey, rows: await getSummaries(archive(), idsKey ? idsKey.split('\n') : []) }),
    [idsKey],
  );
  // The rows of these ids (not of the last lookup's, for the one render before the query reruns).
  const summaries = read?.idsKey === idsKey ? read.rows : undefined;
  // Articles deleted since the lookup: never listed as a link that opens nothing.
  const gone = useMemo(() => {
    if (!summaries) return new Set<string>();
    const present = new Set(summaries.flatMap((a) => (a ? [a.id] : [])));
    return new Set(idsKey ? idsKey.split('\n').filter((id) => !present.has(id)) : []);
  }, [summaries, idsKey]);
  const items = useMemo<ListedEcho[]>(
    () =>
      (found?.echoes ?? []).flatMap((echo, index) =>
        gone.has(echo.b.doc) ? [] : [{ echo, index }],
      ),
    [found, gone],
  );
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
  // Copies on one day show their time when the page gave one: the cluster view's rule.
  const timed = timedDates(printings.rows.map((row) => ({ date: row.date, by: row.by })));
  const changed = found !== undefined && revisionNow !== undefined && revisionNow !== found.readAt;
  const placeOf = (doc: string, start: number): string | undefined =>
    doc === passage.doc
      ? `this article, paragraph ${paragraphOf(text, start, titleLineHidden ? 1 : 0)}`
      : undefined;
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
            : `${plural(items.length + found.omitted, 'copy', 'copies')} in ${plural(printings.articles, 'article', 'articles')} from ${plural(printings.publishers, 'source', 'sources')}${firstWords(printings)}.`}
          {found.omitted > 0 &&
            ` The strongest ${items.length.toLocaleString('en')} are listed; the other ${found.omitted.toLocaleString('en')} are counted only.`}
        </p>
      )}
      {changed && (
        <p className="passage-copies-changed" role="status">
          The archive changed since this lookup.{' '}
          <button type="button" onClick={lookup.rerun}>
            Look again
          </button>
        </p>
      )}
      {printings.rows.length > 0 && (
        <ol className="printing-list" aria-label="Copies of the selected passage, oldest first">
          {printings.rows.slice(0, listed).map((row, n) => (
            <PrintingRow
              key={row.index}
              row={row}
              timed={timed[n] ?? false}
              title={placeOf(row.passage.doc, row.passage.start)}
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
