import { memo } from 'react';
import type { Span } from '../../core/model';
import type { ParagraphAlignment, ParagraphRow } from '../../core/versions/align-paragraphs';
import { ParagraphPair } from './paragraph-pair';

const rowLabels: { readonly [K in ParagraphRow['kind']]: string } = {
  same: 'unchanged',
  changed: 'changed',
  deleted: 'deleted',
  inserted: 'inserted',
  'moved-out': 'moved',
  'moved-in': 'moved',
};

function sidesOf(
  row: ParagraphRow,
  alignment: ParagraphAlignment,
): [Span | undefined, Span | undefined] {
  const a = row.kind === 'inserted' || row.kind === 'moved-in' ? undefined : alignment.a[row.a];
  const b = row.kind === 'deleted' || row.kind === 'moved-out' ? undefined : alignment.b[row.b];
  return [a, b];
}

/** Two versions' paragraphs aligned row by row; a moved paragraph says where it went or came from. */
export const ParagraphRows = memo(function ParagraphRows({
  alignment,
  textA,
  textB,
}: {
  alignment: ParagraphAlignment;
  textA: string;
  textB: string;
}) {
  return (
    <div className="paragraph-rows" role="table" aria-label="Paragraphs of the two versions">
      {alignment.rows.map((row, index) => {
        const [a, b] = sidesOf(row, alignment);
        const note =
          row.kind === 'moved-out'
            ? `Moved to paragraph ${row.b + 1} →`
            : row.kind === 'moved-in'
              ? `← Moved from paragraph ${row.a + 1}`
              : undefined;
        return (
          <div
            key={index}
            className={`paragraph-row row-${row.kind}`}
            role="row"
            data-kind={row.kind}
          >
            <ParagraphPair
              a={a && textA.slice(a.start, a.end)}
              b={b && textB.slice(b.start, b.end)}
              diff={row.kind === 'changed'}
              label={rowLabels[row.kind]}
              note={note}
            />
          </div>
        );
      })}
    </div>
  );
});
