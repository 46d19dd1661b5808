import { cutLongSpan, type ReaderBlock, type ReaderDoc, type ReaderNode } from './reader-doc';

/** The little of a DOM node the layout reads (a browser node and a linkedom node both fit). */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  getAttribute?(name: string): string | null;
}

// The structure the reader shows; other elements keep their children but not themselves.
const kept = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol li blockquote figure figcaption img a em strong b i u s sub sup code pre br hr table thead tbody tfoot tr td th caption dl dt dd q cite small abbr time mark del ins'.split(
    ' ',
  ),
);
const wrappers = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside']);
const skipped = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);
const attributesKept: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'data-remote-src', 'alt', 'title'],
  abbr: ['title'],
  time: ['datetime'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028;

/**
 * Walks the sanitised HTML and maps every character of its text nodes onto `text` (the plain text
 * extraction made from the same HTML), so that offsets into `text` — echoes, highlights — can be
 * drawn on the structured layout. Whitespace may differ between the two; any other character that
 * cannot be matched in order is kept as loose text, and matching resumes where a run of the
 * following characters is found again.
 */
class TextMapper {
  at = 0;
  matched = 0;
  lost = false;
  constructor(readonly text: string) {}

  map(value: string): ReaderNode[] {
    const out: ReaderNode[] = [];
    let runStart = -1;
    let runEnd = -1;
    let loose = '';
    const closeRun = (): void => {
      if (runStart >= 0) out.push({ kind: 'run', start: runStart, end: runEnd });
      runStart = -1;
    };
    const closeLoose = (): void => {
      if (loose) out.push({ kind: 'loose', text: loose });
      loose = '';
    };
    const text = this.text;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (isSpace(code)) {
        // Whitespace in the HTML takes the whitespace the text has here (none is fine too).
        if (this.lost) {
          if (loose) loose += ' ';
          continue;
        }
        let end = this.at;
        while (end < text.length && isSpace(text.charCodeAt(end))) end++;
        if (end > this.at) {
          closeLoose();
          if (runStart < 0 || runEnd !== this.at) {
            closeRun();
            runStart = this.at;
          }
          runEnd = end;
        } else if (loose) loose += ' ';
        this.at = end;
        continue;
      }
      let next = this.at;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      // Once lost, one matching character is not enough (a letter of a caption would do):
      // the next few must agree before the mapping resumes.
      const fits =
        next < text.length &&
        text.charCodeAt(next) === code &&
        (!this.lost || this.agrees(value, i, next));
      if (!fits) {
        const found = this.resync(value, i);
        if (found < 0) {
          this.lost = true;
          closeRun();
          loose += value[i];
          continue;
        }
        next = found;
      }
      this.lost = false;
      closeLoose();
      if (runStart < 0 || next !== runEnd) {
        closeRun();
        runStart = next;
      }
      runEnd = next + 1;
      this.at = next + 1;
      this.matched++;
    }
    closeRun();
    closeLoose();
    return out;
  }

  /** True when the next few non-space characters of `value` and of the text at `at` agree. */
  private agrees(value: string, i: number, at: number, wanted = 8): boolean {
    let seen = 0;
    let j = at;
    for (let k = i; k < value.length && seen < wanted; k++) {
      const code = value.charCodeAt(k);
      if (isSpace(code)) continue;
      while (j < this.text.length && isSpace(this.text.charCodeAt(j))) j++;
      if (this.text.charCodeAt(j) !== code) return false;
      j++;
      seen++;
    }
    return seen > 0;
  }

  /** Where the next few characters of `value` from `i` appear again in the text, close ahead. */
  private resync(value: string, i: number): number {
    const probe = value
      .slice(i, i + 24)
      .replace(/\s+/g, ' ')
      .trimEnd();
    if (probe.length < 8) return -1;
    const found = this.text.indexOf(probe, this.at);
    return found >= 0 && found - this.at < 5_000 ? found : -1;
  }
}

function elementNode(node: DomNode, tag: string, children: ReaderNode[]): ReaderNode {
  const attrs: Record<string, string> = {};
  for (const name of attributesKept[tag] ?? []) {
    const value = node.getAttribute?.(name);
    if (value) attrs[name] = value;
  }
  return { kind: 'element', tag, attrs, children };
}

function convert(node: DomNode, mapper: TextMapper): ReaderNode[] {
  if (node.nodeType === 3) return mapper.map(node.nodeValue ?? '');
  if (node.nodeType !== 1) return [];
  const tag = node.nodeName.toLowerCase();
  if (skipped.has(tag)) return [];
  const children: ReaderNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling)
    for (const converted of convert(child, mapper)) children.push(converted);
  if (kept.has(tag)) return [elementNode(node, tag, children)];
  if (wrappers.has(tag)) return [{ kind: 'element', tag: 'div', attrs: {}, children }];
  return children;
}

function charsOf(node: ReaderNode): number {
  if (node.kind === 'run') return node.end - node.start;
  if (node.kind === 'loose') return node.text.length;
  return node.children.reduce((sum, child) => sum + charsOf(child), 0);
}

/** Top-level blocks: wrapper divs are opened so a huge article becomes many small blocks. */
function toBlocks(nodes: readonly ReaderNode[], text: string, into: ReaderBlock[]): void {
  let inline: ReaderNode[] = [];
  const flushInline = (): void => {
    if (inline.some((n) => n.kind !== 'run' || text.slice(n.start, n.end).trim())) {
      const node: ReaderNode = { kind: 'element', tag: 'p', attrs: {}, children: inline };
      into.push({ node, chars: charsOf(node) });
    }
    inline = [];
  };
  for (const node of nodes) {
    if (node.kind === 'element' && node.tag === 'div') {
      flushInline();
      toBlocks(node.children, text, into);
    } else if (node.kind === 'element' && blockTags.has(node.tag)) {
      flushInline();
      for (const block of splitHugeParagraph(node, text)) into.push(block);
    } else inline.push(node);
  }
  flushInline();
}

const blockTags = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol li blockquote figure pre hr table dl'.split(' '),
);

/** A paragraph of plain runs longer than the block limit is cut like a plain-text one. */
function splitHugeParagraph(node: ReaderNode & { kind: 'element' }, text: string): ReaderBlock[] {
  const chars = charsOf(node);
  const only = node.children[0];
  if (node.tag !== 'p' || node.children.length !== 1 || only?.kind !== 'run' || chars <= 20_000)
    return [{ node, chars }];
  return cutLongSpan(text, only).map((span) => ({
    node: { ...node, children: [{ kind: 'run', ...span }] },
    chars: span.end - span.start,
  }));
}

/**
 * The reader's layout of an article's sanitised HTML, with its text mapped onto `text`; null when
 * too little of the text could be found in the HTML (then the plain layout is the honest one).
 */
export function htmlDoc(root: DomNode, text: string): ReaderDoc | null {
  const mapper = new TextMapper(text);
  const nodes: ReaderNode[] = [];
  for (let child = root.firstChild; child; child = child.nextSibling)
    for (const node of convert(child, mapper)) nodes.push(node);
  let letters = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) letters++;
  if (letters === 0 || mapper.matched / letters < 0.9) return null;
  const blocks: ReaderBlock[] = [];
  toBlocks(nodes, text, blocks);
  return { blocks, fromHtml: true };
}
