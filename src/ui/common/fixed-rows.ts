/** The rows a fixed-row list puts in the page: the first shown, and the slice with its overscan. */
export interface RowRange {
  /** The first row on screen (at least partly). */
  readonly first: number;
  /** The slice of rows in the page, `[start, end)`, overscan included. */
  readonly start: number;
  readonly end: number;
}

/**
 * Which rows of `count`, each `rowSize` pixels tall, a box `height` tall scrolled to `offset`
 * shows, with `overscan` rows either side: arithmetic, so a list of 100,000 rows costs what a
 * list of 30 does (no per-row bookkeeping, nothing measured).
 */
export function rowRange(
  offset: number,
  height: number,
  rowSize: number,
  count: number,
  overscan: number,
): RowRange {
  if (count <= 0 || rowSize <= 0) return { first: 0, start: 0, end: 0 };
  const top = Math.max(0, offset);
  const first = Math.min(count - 1, Math.floor(top / rowSize));
  const last = Math.min(count - 1, Math.max(first, Math.ceil((top + height) / rowSize) - 1));
  return {
    first,
    start: Math.max(0, first - overscan),
    end: Math.min(count, last + overscan + 1),
  };
}
