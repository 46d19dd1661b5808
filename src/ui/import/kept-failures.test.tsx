// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../import/import-types';
import { keepFailures, keptMost, readKeptFailures } from './kept-failures';
import { KeptFailuresNote } from './kept-failures-note';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

const failed = (n: number): ImportResult => ({
  kind: 'failed',
  label: `page-${n}.html`,
  reason: 'Unknown encoding: the file is not text.',
});

function render(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() => createRoot(host).render(<KeptFailuresNote />));
  return host;
}

describe('the last import’s failures, kept over a reload', () => {
  it('keeps the names and reasons, at most keptMost of them, and counts the rest', () => {
    const results = [
      { kind: 'added', label: 'ok.html', articleId: 'a1', title: 'Fine' } as const,
      ...Array.from({ length: keptMost + 7 }, (_, n) => failed(n)),
    ];
    keepFailures(results, Date.UTC(2026, 2, 3, 9, 40));
    const kept = readKeptFailures();
    expect(kept?.failures).toHaveLength(keptMost);
    expect(kept?.failures[0]).toEqual({
      label: 'page-0.html',
      reason: 'Unknown encoding: the file is not text.',
    });
    expect(kept?.more).toBe(7);
    const note = render();
    expect(note.textContent).toContain(`could not read ${keptMost + 7} items`);
    expect(note.textContent).toContain('and 7 more');
    expect(note.querySelectorAll('li')).toHaveLength(keptMost);
  });

  it('forgets the last import’s failures when the next has none, or when dismissed', () => {
    keepFailures([failed(1)]);
    expect(readKeptFailures()?.failures).toHaveLength(1);
    keepFailures([{ kind: 'added', label: 'ok.html', articleId: 'a1', title: 'Fine' }]);
    expect(readKeptFailures()).toBeUndefined();

    keepFailures([failed(2)]);
    const note = render();
    expect(note.textContent).toContain('page-2.html: Unknown encoding');
    const dismiss = note.querySelector('button');
    act(() => dismiss?.click());
    expect(note.textContent).toBe('');
    expect(readKeptFailures()).toBeUndefined();
  });

  it('ignores what is not a kept list under its key', () => {
    localStorage.setItem('verso.import-failures', '{"at": "soon", "failures": 3}');
    expect(readKeptFailures()).toBeUndefined();
    localStorage.setItem('verso.import-failures', 'not json');
    expect(readKeptFailures()).toBeUndefined();
    expect(render().textContent).toBe('');
  });
});
