// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../../../tests/support/test-articles';
import { ChangesBar } from './changes-bar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

function render(changeCount: number, equivalentCount?: number): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() =>
    createRoot(host).render(
      <ChangesBar
        mode="changes"
        onMode={() => undefined}
        previous={makeArticle(1)}
        versionNumber={2}
        changeCount={changeCount}
        {...(equivalentCount === undefined ? {} : { equivalentCount })}
      />,
    ),
  );
  return host;
}

describe('the bar above a later version', () => {
  it('says an edit of form only apart from the changes, and keys its dotted mark', () => {
    // A wire story's quote silently reworded "we’re" → "we are", one line added: the text shows
    // the quote's words dotted, and the bar said only "one change", its key without "equivalent".
    const bar = render(1, 1);
    expect(bar.textContent).toContain('Version 2: one change, plus one edit of form only since');
    const key = bar.querySelector('.change-key');
    expect(key?.querySelector('.change-equivalent')?.textContent).toBe('equivalent');
    expect(key?.textContent).toContain('(same meaning, other form)');
  });

  it('says nothing of form when there is none', () => {
    const bar = render(2, 0);
    expect(bar.textContent).toContain('Version 2: 2 changes since version 1');
    expect(bar.querySelector('.change-equivalent')).toBeNull();
  });
});
