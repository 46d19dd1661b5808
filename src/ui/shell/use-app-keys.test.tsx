// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Route } from './route';
import { useAppKeys } from './use-app-keys';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

function Keys({ route, focusSearch }: { route: Route; focusSearch: () => void }) {
  useAppKeys(route, focusSearch, () => undefined);
  return null;
}

/** Presses "/" on a button (a control that takes no typing), as a person tabbing around would. */
async function slashFrom(inDialog: boolean): Promise<ReturnType<typeof vi.fn>> {
  const focusSearch = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () =>
    createRoot(host).render(
      <Keys route={{ kind: 'reader', articleId: 'a' }} focusSearch={focusSearch} />,
    ),
  );
  const button = document.createElement('button');
  if (inDialog) {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    dialog.append(button);
    document.body.append(dialog);
  } else document.body.append(button);
  button.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
  return focusSearch;
}

describe('useAppKeys', () => {
  it('"/" searches the archive from the reader', async () => {
    expect(await slashFrom(false)).toHaveBeenCalledTimes(1);
  });

  it('"/" does nothing while a dialog is open: the screen behind it is not changed', async () => {
    expect(await slashFrom(true)).not.toHaveBeenCalled();
  });
});
