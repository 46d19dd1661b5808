import type { Span } from '../../core/model';

/** Characters of `run`'s text before (`node`, `offset`), not counting widgets (`data-skip`). */
function offsetInRun(run: Element, node: Node, offset: number): number {
  // A boundary between elements (node an element: an echo's cluster number, drawn by CSS, has no
  // text to hold a boundary, so a drag from a paragraph's left edge begins on the element) is
  // placed by comparing it with each text node's start.
  const point = node.nodeType === Node.TEXT_NODE ? null : document.createRange();
  point?.setStart(node, Math.min(offset, node.childNodes.length));
  const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (point && point.comparePoint(t, 0) >= 0) return count;
    if (t.parentElement?.closest('[data-skip]')) {
      // A boundary inside a widget's text is where the widget stands; counted past it, it was
      // the run's end.
      if (t === node) return count;
      continue;
    }
    if (t === node) return count + offset;
    count += t.nodeValue?.length ?? 0;
  }
  return count;
}

/** The text offset of a boundary point, or of the nearest run after (start) or before (end) it. */
function boundaryOffset(root: Element, node: Node, offset: number, isEnd: boolean): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const run = element?.closest('.run[data-start]');
  if (run && root.contains(run))
    return Number(run.getAttribute('data-start')) + offsetInRun(run, node, offset);
  const point = document.createRange();
  point.setStart(node, offset);
  const runs = root.querySelectorAll('.run[data-start]');
  const ordered = isEnd ? [...runs].reverse() : [...runs];
  for (const candidate of ordered) {
    const where = point.comparePoint(candidate, isEnd ? candidate.childNodes.length : 0);
    if (isEnd ? where <= 0 : where >= 0) {
      const start = Number(candidate.getAttribute('data-start'));
      return isEnd ? start + offsetInRun(candidate, candidate, Infinity) : start;
    }
  }
  return null;
}

/**
 * The passage of the article's text the person has selected inside `root`, trimmed of spaces at
 * either end; null when nothing (or nothing of the article's text) is selected.
 */
export function selectedSpan(root: Element, text: string): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = boundaryOffset(root, range.startContainer, range.startOffset, false);
  let end = boundaryOffset(root, range.endContainer, range.endOffset, true);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}
