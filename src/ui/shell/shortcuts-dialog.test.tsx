// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ShortcutsDialog } from './shortcuts-dialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

/** The dialog's rows as [keys, what they do]. jsdom has no showModal: it is opened by hand. */
async function rows(): Promise<string[][]> {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => createRoot(host).render(<ShortcutsDialog onClose={() => {}} />));
  return [...host.querySelectorAll('tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent),
  );
}

describe('the list of shortcuts', () => {
  it('names the reader’s h key, which highlights the selected words', async () => {
    expect(await rows()).toContainEqual(['h', 'Highlight the selected words (reader)']);
  });

  it('names the reader’s c key, which finds the selected passage’s copies', async () => {
    expect(await rows()).toContainEqual([
      'c',
      'Find copies of the selected passage, edited ones too (reader)',
    ]);
  });

  it('says n / p also step through a versions compare’s changes', async () => {
    const steps = (await rows()).find(([keys]) => keys === 'n or j, p or k');
    expect(steps?.[1]).toMatch(/change \(versions\)/);
  });
});
