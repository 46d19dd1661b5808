import { useMemo } from 'react';
import { alignTexts } from '../data/align';
import { CompareFragments } from '../compare/compare-fragments';
import { sideFragments } from '../compare/fragments';

/**
 * One aligned row: left paragraph, what happened to it, right paragraph. `wasText`/`nowText` are
 * the two paragraphs to diff word by word when they differ (an edited one, or a moved one that
 * was also edited, whose other place is another row); each shown side has its own words marked.
 */
export function ParagraphPair({
  a,
  b,
  wasText,
  nowText,
  label,
  note,
}: {
  a: string | undefined;
  b: string | undefined;
  wasText: string | undefined;
  nowText: string | undefined;
  label: string;
  note: string | undefined;
}) {
  const fragments = useMemo(() => {
    if (wasText === undefined || nowText === undefined || wasText === nowText) return null;
    const alignment = alignTexts(wasText, nowText);
    return {
      a: sideFragments(alignment, wasText, 'a', false),
      b: sideFragments(alignment, nowText, 'b', false),
    };
  }, [wasText, nowText]);
  const cell = (text: string | undefined, side: 'a' | 'b') => (
    <div role="cell" className={`paragraph-cell${text === undefined ? ' empty' : ''}`}>
      {fragments && text !== undefined ? <CompareFragments fragments={fragments[side]} /> : text}
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
