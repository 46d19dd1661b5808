import { useMemo } from 'react';
import { alignTexts } from '../data/align';
import { CompareFragments } from '../compare/compare-fragments';
import { sideFragments } from '../compare/fragments';

/** One aligned row: left paragraph, what happened to it, right paragraph (word diff when changed). */
export function ParagraphPair({
  a,
  b,
  diff,
  label,
  note,
}: {
  a: string | undefined;
  b: string | undefined;
  diff: boolean;
  label: string;
  note: string | undefined;
}) {
  const fragments = useMemo(() => {
    if (!diff || a === undefined || b === undefined) return null;
    const alignment = alignTexts(a, b);
    return {
      a: sideFragments(alignment, a, 'a', false),
      b: sideFragments(alignment, b, 'b', false),
    };
  }, [a, b, diff]);
  const cell = (text: string | undefined, side: 'a' | 'b') => (
    <div role="cell" className={`paragraph-cell${text === undefined ? ' empty' : ''}`}>
      {fragments ? <CompareFragments fragments={fragments[side]} /> : text}
      {text !== undefined && note && <span className="moved-note">{note}</span>}
    </div>
  );
  return (
    <>
      {cell(a, 'a')}
      <span role="cell" className="row-kind">
        {label}
      </span>
      {cell(b, 'b')}
    </>
  );
}
