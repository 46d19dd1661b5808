import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { keptWords } from '../../core/releases/release-summary';
import { archive } from '../data/archive';
import { readTextsAndTitles } from '../../db/cluster-store';
import { datedBy, formatClusterDate } from './cluster-words';
import type { ReleaseRow } from './release-rows';

// Printings drawn at a time: a release printed 1,000 times reads and draws a page of titles.
const page = 100;

/** A release's printings, earliest first, a page at a time, each with Compare against the first. */
export function ReleasePrintings({
  row,
  onOpenArticle,
  onCompare,
}: {
  row: ReleaseRow;
  onOpenArticle: (doc: string) => void;
  onCompare: (first: string, other: string) => void;
}) {
  const { summary } = row;
  const [shown, setShown] = useState(page);
  const rows = useMemo(() => summary.printings.slice(0, shown), [summary, shown]);
  const docs = useMemo(() => rows.map((p) => p.doc), [rows]);
  const loaded = useLiveQuery(() => readTextsAndTitles(archive(), docs), [docs]);
  const firstDoc = summary.first?.first[0]?.doc ?? summary.printings[0]?.doc ?? '';
  const tied = new Set((summary.first?.first ?? []).map((p) => p.doc));
  const left = summary.printings.length - rows.length;
  return (
    <>
      <ol className="release-printings" aria-label="Printings, earliest first">
        {rows.map((p) => {
          const record = row.dated.get(p.doc);
          const date = record ? formatClusterDate(record.date, datedBy(record)) : 'an unknown date';
          return (
            <li key={p.doc} className="release-printing">
              <button type="button" className="link-button" onClick={() => onOpenArticle(p.doc)}>
                {loaded?.titles.get(p.doc) || 'Untitled'}
              </button>{' '}
              <span className="muted">
                {record?.source || 'Unknown source'} · {date} ·{' '}
                {keptWords(p.kept, summary.passages)}
                {tied.has(p.doc) && (p.doc === firstDoc ? ' · first printing' : ' · first too')}
              </span>
              {p.doc !== firstDoc && (
                <button type="button" onClick={() => onCompare(firstDoc, p.doc)}>
                  Compare with the first printing
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {left > 0 && (
        <button type="button" onClick={() => setShown((n) => n + page)}>
          List {Math.min(left, page).toLocaleString('en')} more of {left.toLocaleString('en')}{' '}
          printings
        </button>
      )}
    </>
  );
}
