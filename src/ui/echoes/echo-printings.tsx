import { useId, useState } from 'react';
import type { Echo, Passage } from '../../core/model';
import { firstWordsOf, formatClusterWhen, timedDates } from '../clusters/cluster-words';
import {
  printingsOf,
  type ArticleAbout,
  type ListedEcho,
  type Printing,
  type Printings,
} from './echo-cards';
import './echoes.css';
import { percentOf } from '../common/percent';

/** Printings listed at first, and added per "List more": a wire story can have thousands. */
export const PRINTINGS_STEP = 100;

/** "and N more · List 100 more" under a list of printings shown a step at a time; nothing at 0. */
export function ListMore({ more, onMore }: { more: number; onMore: () => void }) {
  if (more <= 0) return null;
  return (
    <p className="muted echo-more">
      and {more.toLocaleString('en')} more{' '}
      <button type="button" onClick={onMore}>
        List {Math.min(more, PRINTINGS_STEP)} more
      </button>
    </p>
  );
}

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Under a card that stands for one cluster's echoes with other articles: how many articles and
 * publishers printed the passage and who first, and the list of them (earliest first) on demand,
 * each with a link to its copy and Compare.
 */
export function EchoPrintings({
  items,
  openId,
  about,
  onCompare,
  onShow,
}: {
  items: readonly ListedEcho[];
  openId: string;
  about: ReadonlyMap<string, ArticleAbout>;
  onCompare: (echo: Echo) => void;
  onShow?: ((passage: Passage) => void) | undefined;
}) {
  const [open, setOpen] = useState(false);
  const [listed, setListed] = useState(PRINTINGS_STEP);
  const listId = useId();
  const printings = printingsOf(items, openId, about);
  const { rows } = printings;
  const more = rows.length - listed;
  // Printings that share a day with another show their time when they have one (the order of
  // a day's printings); computed over every row, so a row's words do not change with "List more".
  const timed = timedDates(rows.map((row) => ({ date: row.date, by: row.by })));
  return (
    <div className="echo-printings">
      <p>
        Printed in {plural(printings.articles, 'other article', 'other articles')} from{' '}
        {plural(printings.publishers, 'source', 'sources')}
        {firstWords(printings)}.{' '}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((was) => !was)}
        >
          {open ? 'Hide the list' : `List all ${rows.length.toLocaleString('en')}`}
        </button>
      </p>
      {open && (
        <>
          <ol id={listId} className="printing-list" aria-label="Where else it was printed">
            {rows.slice(0, listed).map((row, n) => (
              <PrintingRow
                key={row.index}
                row={row}
                timed={timed[n] ?? false}
                onCompare={onCompare}
                onShow={onShow}
              />
            ))}
          </ol>
          <ListMore more={more} onMore={() => setListed((n) => n + PRINTINGS_STEP)} />
        </>
      )}
    </div>
  );
}

/**
 * ", first here (1 Mar 2026)", ", first on 2 Mar 2026, 06:00 UTC by Paper 7", or a tie ", first:
 * this article and Paper 7, both 2 Mar 2026" — the rule and words the cluster view uses too.
 */
export function firstWords({ first, firstWhen }: Pick<Printings, 'first' | 'firstWhen'>): string {
  const [one] = first;
  if (!one || !firstWhen) return '';
  if (first.length === 1 && 'kind' in one) {
    // The date `printingsOf` ranked it by: a date before 1970 is a date, not none.
    const timed = firstWhen.time !== undefined;
    return `, first here (${formatClusterWhen(firstWhen.time ?? one.date, one.by, timed)})`;
  }
  const names = first.map((p) =>
    'kind' in p ? 'this article' : p.about?.source || 'an article of unknown source',
  );
  return `, ${firstWordsOf(firstWhen, names, one.by)}`;
}

/** One printing: when, by whom, its title (a link to the copy), its similarity, Compare. */
export function PrintingRow({
  row,
  timed = false,
  onCompare,
  onShow,
  detail,
  title: named,
}: {
  row: Printing;
  /** What to call the copy instead of its article's title (a copy in this article: its paragraph). */
  title?: string | undefined;
  /** Show its time of day (it shares its day with another printing). */
  timed?: boolean;
  /** Said after the similarity (a passage's copy: how much of the selection it holds). */
  detail?: string | undefined;
  onCompare: (echo: Echo) => void;
  onShow?: ((passage: Passage) => void) | undefined;
}) {
  const title = named ?? (row.about?.title || 'another article');
  return (
    <li className="printing">
      <span className="muted">
        {Number.isNaN(row.date) ? 'an unknown date' : formatClusterWhen(row.date, row.by, timed)}
      </span>{' '}
      {row.about?.source || 'Unknown source'} —{' '}
      {onShow ? (
        <button
          type="button"
          className="link-button link"
          onClick={() => onShow(row.passage)}
          aria-label={`Show this copy: ${title}`}
        >
          {title}
        </button>
      ) : (
        title
      )}{' '}
      <span className="similarity">{percentOf(row.echo.similarity)}</span>{' '}
      {detail && <span className="muted">{detail} </span>}
      <button
        type="button"
        className="link-button"
        onClick={() => onCompare(row.echo)}
        aria-label={`Compare echo ${row.index + 1} side by side`}
      >
        Compare
      </button>
    </li>
  );
}
