import { useEffect, useMemo, useState } from 'react';
import { shownSpan } from '../../core/text/shown-span';
import type { ClusterPassageRecord } from '../../db/cluster-records';
import { alignPassages } from '../data/align';
import { CompareFragments } from '../compare/compare-fragments';
import { collationFragments } from './collation-fragments';
import { datedBy, formatClusterWhen } from './cluster-words';
import { runSoon } from './run-soon';
import { percentOf } from '../common/percent';

/** One copy in the collation: where and when, how close, and its words against the representative. */
export function CollationRow({
  passage,
  number,
  timed = false,
  rep,
  texts,
  title,
  origin,
  tiedFirst = false,
  representative,
  onOpenArticle,
  onCompare,
  onCompareOrigin,
}: {
  passage: ClusterPassageRecord;
  number: number;
  /** Show the copy's time of day: it shares its day with another copy (timedDates). */
  timed?: boolean;
  rep: ClusterPassageRecord;
  texts: ReadonlyMap<string, string>;
  title: string;
  origin: boolean;
  /** Another publisher printed it the origin's day: it printed it first too (first-printers.ts). */
  tiedFirst?: boolean;
  representative: boolean;
  onOpenArticle: () => void;
  onCompare: () => void;
  /** Compares this copy with the first printing; absent on it, and when it is the representative. */
  onCompareOrigin?: (() => void) | undefined;
}) {
  const copyText = texts.get(passage.doc);
  const repText = texts.get(rep.doc);
  // Shown with the quote marks that belong to it (the engine's passage begins at a word).
  const copySpan = useMemo(
    () => (copyText === undefined ? passage : { ...passage, ...shownSpan(copyText, passage) }),
    [copyText, passage],
  );
  const repSpan = useMemo(
    () => (repText === undefined ? rep : { ...rep, ...shownSpan(repText, rep) }),
    [repText, rep],
  );
  // Aligned a task apart from the other rows (see runSoon); the plain copy shows until then, and
  // stays if the alignment fails.
  const [aligned, setAligned] = useState<{
    for: unknown;
    fragments: ReturnType<typeof collationFragments> | null;
  } | null>(null);
  useEffect(() => {
    if (copyText === undefined || repText === undefined || representative) return;
    return runSoon(() => {
      let fragments: ReturnType<typeof collationFragments> | null = null;
      try {
        fragments = collationFragments(
          alignPassages(repSpan, repText, copySpan, copyText),
          repText,
          copyText,
        );
      } catch (error) {
        console.error('Verso: a copy of the cluster could not be aligned', error);
      }
      setAligned({ for: passage, fragments });
    });
  }, [copyText, repText, repSpan, copySpan, passage, representative]);
  const fragments = aligned?.for === passage && !representative ? aligned.fragments : null;
  const where = `${passage.source || 'Unknown source'}, ${formatClusterWhen(passage.date, datedBy(passage), timed)}`;
  return (
    <li
      className={`collation-row${origin ? ' collation-origin' : ''}`}
      aria-label={`Copy ${number}: ${where}${origin ? ', the likely origin' : tiedFirst ? ', printed first too, the same day' : ''}`}
    >
      <p className="collation-head">
        <strong>{number}.</strong> <span>{where}</span>
        {origin && <span className="tag origin-badge">origin</span>}
        {tiedFirst && (
          <span className="tag origin-badge" title="Printed the same day as the origin">
            first too
          </span>
        )}
        {representative && (
          <span className="tag" title="The other copies are compared with this one">
            representative
          </span>
        )}
        <span className="muted">
          {representative ? '' : ` ${percentOf(passage.similarity)} similar`}
        </span>
      </p>
      <p className="collation-title">
        <button type="button" className="link-button link" onClick={onOpenArticle}>
          {title || 'Untitled'}
        </button>
        {!representative && (
          <button type="button" className="link-button link compare-link" onClick={onCompare}>
            Compare with the representative
          </button>
        )}
        {onCompareOrigin && (
          <button type="button" className="link-button link compare-link" onClick={onCompareOrigin}>
            Compare with the first printing
          </button>
        )}
      </p>
      <blockquote className="collation-text">
        {copyText === undefined ? (
          <span className="muted">This article is no longer in the archive.</span>
        ) : fragments ? (
          <CompareFragments fragments={fragments} />
        ) : (
          copyText.slice(copySpan.start, copySpan.end)
        )}
      </blockquote>
    </li>
  );
}
