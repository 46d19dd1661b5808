import { memo, useState } from 'react';
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

/**
 * The two paragraphs a row diffs word by word: an edited row's sides, or a moved row's two places
 * when the move came with edits (a silent edit is easy to miss inside a paragraph that moved).
 */
export function pairToDiff(
  row: ParagraphRow,
  alignment: ParagraphAlignment,
  textA: string,
  textB: string,
): { readonly was: string; readonly now: string } | undefined {
  if (row.kind !== 'changed' && row.kind !== 'moved-in' && row.kind !== 'moved-out') return;
  const a = alignment.a[row.a];
  const b = alignment.b[row.b];
  if (!a || !b) return;
  const was = textA.slice(a.start, a.end);
  const now = textB.slice(b.start, b.end);
  return was === now ? undefined : { was, now };
}

/** Rows in display order: a change, or (in changes-only mode) a run of unchanged rows. */
type Item =
  | {
      readonly kind: 'row';
      readonly row: ParagraphRow;
      readonly index: number;
      readonly change: number;
    }
  | { readonly kind: 'collapsed'; readonly first: number; readonly count: number };

/** Numbers the change rows and, when asked, folds each run of unchanged rows into one item. */
export function rowItems(rows: readonly ParagraphRow[], changesOnly: boolean): Item[] {
  const items: Item[] = [];
  let change = 0;
  rows.forEach((row, index) => {
    if (row.kind !== 'same') {
      items.push({ kind: 'row', row, index, change: change++ });
      return;
    }
    const last = items.at(-1);
    if (!changesOnly) items.push({ kind: 'row', row, index, change: -1 });
    else if (last?.kind === 'collapsed')
      items[items.length - 1] = { ...last, count: last.count + 1 };
    else items.push({ kind: 'collapsed', first: index, count: 1 });
  });
  return items;
}

/** Two versions' paragraphs aligned row by row; a moved paragraph says where it went or came from. */
export const ParagraphRows = memo(function ParagraphRows({
  alignment,
  textA,
  textB,
  changesOnly,
}: {
  alignment: ParagraphAlignment;
  textA: string;
  textB: string;
  changesOnly: boolean;
}) {
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const items = rowItems(alignment.rows, changesOnly).flatMap((item) =>
    item.kind === 'collapsed' && opened.has(item.first)
      ? alignment.rows
          .slice(item.first, item.first + item.count)
          .map((row, i): Item => ({ kind: 'row', row, index: item.first + i, change: -1 }))
      : [item],
  );
  return (
    <div className="paragraph-rows" role="table" aria-label="Paragraphs of the two versions">
      {items.map((item) => {
        if (item.kind === 'collapsed')
          return (
            <div key={`c${item.first}`} className="paragraph-row row-collapsed" role="row">
              <span role="cell">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setOpened((now) => new Set([...now, item.first]))}
                >
                  {item.count === 1
                    ? 'One unchanged paragraph'
                    : `${item.count} unchanged paragraphs`}
                </button>
              </span>
            </div>
          );
        const { row, index, change } = item;
        const [a, b] = sidesOf(row, alignment);
        const pair = pairToDiff(row, alignment, textA, textB);
        const edited = pair !== undefined && row.kind !== 'changed';
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
            data-change={change >= 0 ? change : undefined}
          >
            <ParagraphPair
              a={a && textA.slice(a.start, a.end)}
              b={b && textB.slice(b.start, b.end)}
              wasText={pair?.was}
              nowText={pair?.now}
              label={edited ? 'moved, edited' : rowLabels[row.kind]}
              note={note}
            />
          </div>
        );
      })}
    </div>
  );
});
