import { alignTexts } from '../../core/diff/align-texts';
import type { Span } from '../../core/model';
import { alignParagraphs } from '../../core/versions/align-paragraphs';
import type { Decorations, Overlay, Widget } from './overlays';

const shorten = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * What a version changed against the previous one, drawn on its own text: inserted and changed
 * words marked, deleted words shown struck through where they were, paragraphs that moved marked
 * with where they came from, and whole paragraphs added or removed. `count` counts the changes,
 * `equivalents` the edits of form only, marked but not counted as changes.
 */
export function versionChanges(
  previous: string,
  text: string,
): Decorations & { count: number; equivalents: number } {
  const paragraphs = alignParagraphs(previous, text);
  const overlays: Overlay[] = [];
  const widgets: Widget[] = [];
  const nextStart = (j: number): number => paragraphs.b[j]?.start ?? text.length;
  let bIndex = 0;
  let count = 0;
  // Edits of form only ("we’re" / "we are", "£200m" / "£200 million"): marked, told apart.
  let equivalents = 0;
  const mark = (span: Span, kind: string, title: string): void => {
    overlays.push({ ...span, className: `change-mark change-${kind}`, title });
  };
  // The word-level edits between paragraph `a` of the previous version and `b` of this one.
  const markWords = (a: Span, b: Span): void => {
    const words = alignTexts(previous.slice(a.start, a.end), text.slice(b.start, b.end));
    let previousKind = 'same';
    for (const seg of words.segments) {
      const was = previous.slice(a.start + seg.a.start, a.start + seg.a.end);
      const at = { start: b.start + seg.b.start, end: b.start + seg.b.end };
      if (seg.kind !== 'same' && seg.kind !== 'equivalent' && previousKind !== seg.kind) count++;
      if (seg.kind === 'equivalent' && previousKind !== seg.kind) equivalents++;
      previousKind = seg.kind;
      if (seg.kind === 'inserted') mark(at, 'inserted', 'Added in this version');
      else if (seg.kind === 'changed') mark(at, 'changed', `Was: ${shorten(was)}`);
      else if (seg.kind === 'equivalent') mark(at, 'equivalent', `Was: ${shorten(was)}`);
      else if (seg.kind === 'deleted')
        widgets.push({
          at: at.start,
          text: was,
          className: 'change-deleted',
          title: 'Removed in this version',
        });
    }
  };
  for (const row of paragraphs.rows) {
    if ('b' in row) bIndex = row.b + 1;
    if (row.kind === 'inserted' || row.kind === 'moved-in') {
      const span = paragraphs.b[row.b];
      if (!span) continue;
      count++;
      if (row.kind === 'inserted') mark(span, 'inserted', 'New paragraph in this version');
      else {
        mark(span, 'moved', `Moved from paragraph ${row.a + 1} of the previous version`);
        // A paragraph can move and be edited in one go: its edits are as silent as any other.
        const was = paragraphs.a[row.a];
        if (was) markWords(was, span);
      }
    } else if (row.kind === 'deleted') {
      const span = paragraphs.a[row.a];
      if (!span) continue;
      count++;
      widgets.push({
        at: nextStart(bIndex),
        text: previous.slice(span.start, span.end),
        className: 'change-deleted change-deleted-paragraph',
        title: 'Paragraph removed in this version',
      });
    } else if (row.kind === 'changed') {
      const a = paragraphs.a[row.a];
      const b = paragraphs.b[row.b];
      if (a && b) markWords(a, b);
    }
  }
  return { overlays, widgets, count, equivalents };
}
