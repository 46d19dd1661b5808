import type { Echo, Span } from '../../core/model';

/** A passage of the open article that belongs to echo number `echo` (its index, strongest first). */
export interface EchoMark extends Span {
  readonly echo: number;
}

/** A run of a paragraph and the echoes covering it (empty: plain text). */
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
    const echoes = inside.filter((m) => m.start <= start && m.end >= end).map((m) => m.echo);
    pieces.push({ start, end, echoes: [...new Set(echoes)].sort((x, y) => x - y) });
  }
  return pieces;
}
