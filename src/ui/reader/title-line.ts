import { plainTextDoc, runsOf, type ReaderDoc } from '../../core/layout/reader-doc';
import type { Span } from '../../core/model';
import type { Decorations } from './overlays';

/**
 * The layout without its first paragraph when that paragraph only repeats the title: a .txt
 * file's title is taken from its first line, and the text keeps that line (echo offsets and the
 * content hash refer to the text as stored, so it is not cut there), which the reader showed
 * twice, as the heading and as the first paragraph (a Markdown file's heading likewise). Only
 * while nothing is marked in that line (an echo, a highlight, an edit, the passage opened): then it is
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

// A layout from HTML starts with the title as a heading when the file did (a Markdown file's
// "# Title", which import takes as the title and keeps in the text, as a .txt keeps its line).
const headings = new Set(['h1', 'h2', 'h3']);

/**
 * The layout's first block when it only repeats the title (the line the reader may hide): a plain
 * layout's first paragraph, or an HTML layout's first heading.
 */
export function titleLineOf(doc: ReaderDoc, text: string, title: string): Span | undefined {
  const first = doc.blocks[0];
  if (!first || !title.trim()) return undefined;
  if (doc.fromHtml && !(first.node.kind === 'element' && headings.has(first.node.tag)))
    return undefined;
  const runs = runsOf(first.node);
  const start = runs[0]?.start ?? 0;
  const end = runs[runs.length - 1]?.end ?? 0;
  return text.slice(start, end).trim() === title.trim() ? { start, end } : undefined;
}

/**
 * Whether the reader, opening this article at a copy, leaves its title line out: an article
 * without HTML (laid out as plain text) whose first paragraph only repeats its title, or one
 * whose HTML opens with a heading that does. The echo
 * list counts another article's paragraphs as that reader will show them; it cannot know that
 * article's own marks, so a title line an echo there covers (and the reader therefore shows) is
 * still taken as hidden.
 */
export function hidesTitleLine(article: {
  readonly text: string;
  readonly html: string;
  readonly title: string;
}): boolean {
  if (!article.html)
    return titleLineOf(plainTextDoc(article.text), article.text, article.title) !== undefined;
  // Laying out another article's HTML just to count is too dear: its first element is read off
  // the HTML instead (a heading with entities or markup inside is taken as not hidden).
  const heading = leadingHeading.exec(article.html)?.[2];
  return heading !== undefined && heading.replace(/\s+/g, ' ').trim() === article.title.trim();
}

const leadingHeading = /^\s*<h([1-3])\b[^>]*>([^<&]*)<\/h\1>/i;
