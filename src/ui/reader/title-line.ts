import { plainTextDoc, runsOf, type ReaderDoc } from '../../core/layout/reader-doc';
import type { Span } from '../../core/model';
import type { Decorations } from './overlays';

/**
 * The layout without its first paragraph when that paragraph only repeats the title: a .txt
 * file's title is taken from its first line, and the text keeps that line (echo offsets and the
 * content hash refer to the text as stored, so it is not cut there), which the reader showed
 * twice, as the heading and as the first paragraph. Only the plain layout, and only while
 * nothing is marked in that line (an echo, a highlight, an edit, the passage opened): then it is
 * shown, since the mark must be seen.
 */
export function withoutTitleLine(
  doc: ReaderDoc,
  text: string,
  title: string,
  marks: readonly Span[],
  decorations: Decorations,
): ReaderDoc {
  const line = titleLineOf(doc, text, title);
  if (!line) return doc;
  const { start, end } = line;
  const inLine = (s: Span): boolean => s.start < end && s.end > start;
  if (marks.some(inLine) || decorations.overlays.some(inLine)) return doc;
  if (decorations.widgets.some((w) => w.at >= start && w.at <= end)) return doc;
  // The same layout object each time: a new one would lay the whole article out again on every
  // change of marks (a highlight added re-ran every chunk).
  let shortened = withoutFirst.get(doc);
  if (!shortened) withoutFirst.set(doc, (shortened = { ...doc, blocks: doc.blocks.slice(1) }));
  return shortened;
}

const withoutFirst = new WeakMap<ReaderDoc, ReaderDoc>();

/** A plain layout's first paragraph when it only repeats the title (the line the reader may hide). */
export function titleLineOf(doc: ReaderDoc, text: string, title: string): Span | undefined {
  const first = doc.blocks[0];
  if (doc.fromHtml || !first || !title.trim()) return undefined;
  const runs = runsOf(first.node);
  const start = runs[0]?.start ?? 0;
  const end = runs[runs.length - 1]?.end ?? 0;
  return text.slice(start, end).trim() === title.trim() ? { start, end } : undefined;
}

/**
 * Whether the reader, opening this article at a copy, leaves its title line out: an article
 * without HTML (laid out as plain text) whose first paragraph only repeats its title. The echo
 * list counts another article's paragraphs as that reader will show them; it cannot know that
 * article's own marks, so a title line an echo there covers (and the reader therefore shows) is
 * still taken as hidden.
 */
export function hidesTitleLine(article: {
  readonly text: string;
  readonly html: string;
  readonly title: string;
}): boolean {
  return (
    !article.html &&
    titleLineOf(plainTextDoc(article.text), article.text, article.title) !== undefined
  );
}
