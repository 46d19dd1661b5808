import type { NodeLike } from './dom-like';

const blocks = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);

/**
 * The readable text of an element: paragraphs from block elements separated by a blank line, `<br>`
 * as a line break, whitespace inside a paragraph collapsed as a browser would render it.
 */
export function htmlToText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current
      .split('\n')
      .map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .join('\n')
      .trim();
    if (line) paragraphs.push(line);
    current = '';
  };
  // An explicit stack, not recursion: nesting depth is the page's choice (20,000 nested divs).
  // Each entry is a node to enter, or the block element to close once its children are done.
  const stack: { node: NodeLike; pre: boolean; closing: boolean }[] = [
    { node: root, pre: false, closing: false },
  ];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, pre } = entry;
    if (entry.closing) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      current += pre ? value.replace(/\n/g, '\u2028') : value.replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (skipped.has(name)) continue;
    if (name === 'BR') {
      current += '\n';
      continue;
    }
    const block = blocks.has(name);
    if (block) {
      flush();
      stack.push({ node, pre, closing: true });
    }
    const inPre = pre || name === 'PRE';
    // Sibling links, not childNodes: linkedom builds a fresh list on every childNodes access.
    const children: NodeLike[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, pre: inPre, closing: false });
    }
  }
  flush();
  return paragraphs.join('\n\n').replace(/\u2028/g, '\n');
}
