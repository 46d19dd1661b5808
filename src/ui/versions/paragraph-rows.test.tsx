// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../core/versions/align-paragraphs';
import { ParagraphRows } from './paragraph-rows';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

// A story's second version: the fine went to the end and gained a clause on the way.
const before = [
  'The chief executive of Harbour Water will step down at the end of the month.',
  'The regulator fined Harbour Water £11m last year for sewage discharges into the Solent.',
  'A spokesperson said the search for a successor was under way.',
].join('\n\n');
const after = [
  'The chief executive of Harbour Water will step down at the end of the month.',
  'A spokesperson said the search for a successor was under way.',
  'The regulator fined Harbour Water £11m last year for sewage discharges into the Solent, the largest fine of its kind.',
].join('\n\n');

function render(textA: string, textB: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => {
    createRoot(host).render(
      <ParagraphRows
        alignment={alignParagraphs(textA, textB)}
        textA={textA}
        textB={textB}
        changesOnly
      />,
    );
  });
  return host;
}

describe('the versions view', () => {
  it('marks the words a moved paragraph gained, and says it was edited', () => {
    const host = render(before, after);
    const movedIn = host.querySelector('[data-kind="moved-in"]');
    expect(movedIn?.textContent).toContain('moved, edited');
    const inserted = [...(movedIn?.querySelectorAll('ins') ?? [])].map((el) => el.textContent);
    expect(inserted.join('')).toContain('the largest fine of its kind');
    // Where it stood it is moved and edited too; its words are all there, the clause a gap.
    const movedOut = host.querySelector('[data-kind="moved-out"]');
    expect(movedOut?.textContent).toContain('moved, edited');
    expect(movedOut?.querySelector('ins')?.textContent).toBe('');
  });

  it('leaves a paragraph that only moved unmarked inside', () => {
    const host = render(before, after.replace(', the largest fine of its kind.', '.'));
    const movedIn = host.querySelector('[data-kind="moved-in"]');
    expect(movedIn?.querySelector('.row-kind')?.textContent).toBe('moved');
    expect(movedIn?.querySelector('ins, del, mark')).toBeNull();
  });
});
