// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { selectedSpan } from './selection-offsets';

// A paragraph as the reader lays it out: a run of the text from offset 10, its echo mark carrying
// the cluster's number as a widget (data-skip, drawn by CSS from data-number: no text) before the
// words.
const text = 'Opening. The council approved the harbour plan on Tuesday.';
function layOut(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML =
    '<p><span class="run" data-start="9"><mark class="echo-mark"><sup class="cluster-number" data-skip="" data-number="2"></sup>The council approved the harbour plan</mark> on Tuesday.</span></p>';
  document.body.append(root);
  return root;
}

function select(from: Node, fromOffset: number, to: Node, toOffset: number): void {
  const range = document.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('selectedSpan', () => {
  it('reads a drag begun on an echo’s cluster number as begun at the words after it', () => {
    const root = layOut();
    const number = root.querySelector('sup') as Element;
    const words = number.nextSibling as Text;
    // From the number to the end of "The council approved": the drag a person starts at the
    // paragraph's left edge. The number has no text, so the drag begins on the element (or on
    // the mark before it); counted as the run's end, nothing was selected.
    select(number, 0, words, 'The council approved'.length);
    let span = selectedSpan(root, text);
    expect(span && text.slice(span.start, span.end)).toBe('The council approved');
    select(number.parentElement as Element, 0, words, 'The council approved'.length);
    span = selectedSpan(root, text);
    expect(span && text.slice(span.start, span.end)).toBe('The council approved');
  });

  it('reads a drag that ends between elements where it ends', () => {
    const root = layOut();
    const mark = root.querySelector('mark') as Element;
    const words = mark.lastChild as Text;
    // From "council" to just after the mark (the run's boundary after its first child).
    select(words, 4, mark.parentElement as Element, 1);
    const span = selectedSpan(root, text);
    expect(span && text.slice(span.start, span.end)).toBe('council approved the harbour plan');
  });

  it('leaves the cluster number out of the selection’s words', () => {
    const root = layOut();
    const run = root.querySelector('.run') as Element;
    select(run, 0, run, run.childNodes.length);
    expect(window.getSelection()?.toString()).toBe(
      'The council approved the harbour plan on Tuesday.',
    );
  });

  it('reads a drag inside the words as before', () => {
    const root = layOut();
    const words = root.querySelector('sup')?.nextSibling as Text;
    select(words, 4, words, 'The council approved'.length);
    const span = selectedSpan(root, text);
    expect(span && text.slice(span.start, span.end)).toBe('council approved');
  });
});
