import type { Echo, Span } from '../../core/model';

/** A passage of the open article that belongs to echo number `echo` (its index, strongest first). */
export interface EchoMark extends Span {
  readonly echo: number;
}

/**
 * A run of a paragraph and the echoes covering it (empty: plain text), the one the reader shows
 * first: the echo whose passage here is shortest, then the strongest.
 */
export interface Piece extends Span {
  readonly echoes: readonly number[];
}

/** The open article's passages in each echo: both sides of an echo within it, its own side otherwise. */
export function echoMarks(echoes: readonly Echo[], docId: string): EchoMark[] {
  return echoes.flatMap((echo, index) =>
    [echo.a, echo.b]
      .filter((p) => p.doc === docId)
      .map((p) => ({ start: p.start, end: p.end, echo: index })),
  );
}

/** Cuts a paragraph at every mark boundary inside it, so overlapping echoes nest cleanly. */
export function highlightPieces(paragraph: Span, marks: readonly EchoMark[]): Piece[] {
  const inside = marks.filter((m) => m.start < paragraph.end && m.end > paragraph.start);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const mark of inside) {
    cuts.add(Math.max(paragraph.start, mark.start));
    cuts.add(Math.min(paragraph.end, mark.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    const covering = inside.filter((m) => m.start <= start && m.end >= end);
    pieces.push({ start, end, echoes: mostSpecificFirst(covering) });
  }
  return pieces;
}

/**
 * The covering echoes, each once, shortest passage first, then by number (strongest first). A
 * passage can sit inside a longer echo: another paper printed the quote and the paragraph after it
 * together, so one echo spans both; by strength alone that echo would name the paragraph's copy as
 * the quote's cluster, and a click on it would open the quote's.
 */
function mostSpecificFirst(covering: readonly EchoMark[]): number[] {
  const length = new Map<number, number>();
  for (const m of covering)
    length.set(m.echo, Math.min(length.get(m.echo) ?? Infinity, m.end - m.start));
  return [...length.keys()].sort((x, y) => (length.get(x) ?? 0) - (length.get(y) ?? 0) || x - y);
}

/**
 * Which pieces carry their cluster's number: those where the echo they show starts, unless the
 * piece just before, touching it, already shows that cluster. The outlets' copies of the Healey
 * quote start at "He continued: ‘", the article's own second copy at "I am proud": two starts of
 * cluster 1 side by side, which read "¹He continued: ‘¹I am proud".
 */
export function numberedPieces(
  pieces: readonly Piece[],
  marks: readonly EchoMark[],
  clusterOf: (echo: number) => number | undefined,
): boolean[] {
  return pieces.map((piece, i) => {
    const first = piece.echoes[0];
    if (first === undefined) return false;
    if (!marks.some((m) => m.echo === first && m.start === piece.start)) return false;
    const before = pieces[i - 1];
    const cluster = clusterOf(first);
    if (!before || before.end !== piece.start || cluster === undefined) return true;
    const shown = before.echoes[0];
    return shown === undefined || clusterOf(shown) !== cluster;
  });
}
