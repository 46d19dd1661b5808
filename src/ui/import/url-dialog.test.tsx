// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { UrlDialog } from './url-dialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

/** Types `address` into the dialog and submits it; returns what was imported and the event. */
async function submit(
  address: string,
): Promise<{ imported: string[]; event: Event; text: string }> {
  // jsdom has no showModal: the dialog is opened by hand.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  const host = document.createElement('div');
  document.body.append(host);
  const imported: string[] = [];
  await act(async () =>
    createRoot(host).render(
      <UrlDialog onImport={(url) => imported.push(url)} onClose={() => {}} />,
    ),
  );
  const input = host.querySelector('input');
  const form = host.querySelector('form');
  if (!input || !form) throw new Error('no form');
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, address);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const event = new Event('submit', { bubbles: true, cancelable: true });
  act(() => void form.dispatchEvent(event));
  return { imported, event, text: host.textContent };
}

describe('the Import from a URL dialog', () => {
  it('imports an address without the form submitting itself (the dialog goes as it does)', async () => {
    const { imported, event } = await submit('paper.example/housing');
    expect(imported).toEqual(['https://paper.example/housing']);
    expect(event.defaultPrevented).toBe(true);
  });

  it('says why it refuses an address, importing nothing', async () => {
    const { imported, event, text } = await submit('ftp://paper.example/housing');
    expect(imported).toEqual([]);
    expect(event.defaultPrevented).toBe(true);
    expect(text).toMatch(/must start with https:\/\/ or http:\/\//);
  });
});
