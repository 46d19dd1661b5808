import type { Span } from '../model';
import { splitParagraphs } from '../versions/paragraphs';
import { fetchableImageAddress } from './image-address';

/** A piece of the article as the reader lays it out. Text is always a span of `article.text`. */
export type ReaderNode =
  | { readonly kind: 'run'; readonly start: number; readonly end: number }
  /** Text in the HTML that the plain text does not hold (rare); shown, never highlighted. */
  | { readonly kind: 'loose'; readonly text: string }
  | {
      readonly kind: 'element';
      readonly tag: string;
      readonly attrs: Readonly<Record<string, string>>;
      readonly children: readonly ReaderNode[];
    };

/** One top-level block, the unit of chunked rendering; `chars` is its text's length. */
export interface ReaderBlock {
  readonly node: ReaderNode;
  readonly chars: number;
}

/** The article laid out as blocks, and whether the layout came from its HTML. */
export interface ReaderDoc {
  readonly blocks: readonly ReaderBlock[];
  readonly fromHtml: boolean;
}

// One paragraph longer than this is shown as several: a 5 MB wall of text with no blank line
// must not become one element whose layout takes seconds.
const longestBlock = 20_000;

/** Cuts a span at whitespace into pieces of at most `limit` characters. */
export function cutLongSpan(text: string, span: Span, limit = longestBlock): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > limit) {
    const cut = lastSpaceAfter(text, start, start + limit);
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/**
 * The last space in (start, at], else `at`. Looked for only back to `start`: lastIndexOf looks
 * back to the text's beginning, so a 5 MB text with no space (but one in its title) was searched
 * from each cut to its start — 961 ms for 251 cuts.
 */
function lastSpaceAfter(text: string, start: number, at: number): number {
  for (let i = at; i > start; i--) if (text.charCodeAt(i) === 32) return i;
  return at;
}

/** The reader's layout of a plain text: one paragraph per block. */
export function plainTextDoc(text: string): ReaderDoc {
  const blocks: ReaderBlock[] = [];
  for (const paragraph of splitParagraphs(text))
    for (const piece of cutLongSpan(text, paragraph))
      blocks.push({
        node: {
          kind: 'element',
          tag: 'p',
          attrs: {},
          children: [{ kind: 'run', start: piece.start, end: piece.end }],
        },
        chars: piece.end - piece.start,
      });
  return { blocks, fromHtml: false };
}

/** Every run of a node, in document order. */
export function runsOf(node: ReaderNode, into: Span[] = []): Span[] {
  if (node.kind === 'run') into.push(node);
  else if (node.kind === 'element') for (const child of node.children) runsOf(child, into);
  return into;
}

/** How many images of the layout would load from the web (shown only with consent). */
export function countRemoteImages(doc: ReaderDoc): number {
  let count = 0;
  const visit = (node: ReaderNode): void => {
    if (node.kind !== 'element') return;
    const recorded = node.tag === 'img' && !node.attrs.src ? node.attrs['data-remote-src'] : '';
    // An address relative to a file's folder loads from nowhere: no consent to ask for it.
    if (recorded && fetchableImageAddress(recorded)) count++;
    for (const child of node.children) visit(child);
  };
  for (const block of doc.blocks) visit(block.node);
  return count;
}
