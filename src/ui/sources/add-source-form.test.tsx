// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { listSubscriptions } from '../../db/watch-store';
import { archive } from '../data/archive';
import { AddSourceForm } from './add-source-form';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;

afterEach(async () => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  await archive().delete();
  await archive().open();
});

/** The one element a selector names, or the test fails saying which. */
function one<T extends Element>(host: HTMLElement, selector: string): T {
  const found = host.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Types into a controlled input or select the way React hears a person do it. */
function enter(element: HTMLInputElement | HTMLSelectElement, value: string): void {
  const prototype = Object.getPrototypeOf(element) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(
    new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
}

async function watch(host: HTMLElement, address: string, added: string[]): Promise<void> {
  const before = added.length;
  act(() => enter(one<HTMLInputElement>(host, 'input[type="url"]'), address));
  await act(async () => {
    one<HTMLButtonElement>(host, 'button[type="submit"]').click();
  });
  for (let i = 0; i < 50 && added.length === before; i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

describe('the add-a-source form', () => {
  it('goes back to a feed after a page is added, so the next address is not watched as a page', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    const added: string[] = [];
    const app = root;
    await act(async () => {
      app.render(<AddSourceForm onAdded={(_ids, words) => added.push(words)} />);
    });
    const kind = one<HTMLSelectElement>(host, 'select');
    act(() => enter(kind, 'page'));
    expect(kind.value).toBe('page');
    await watch(host, 'https://paper.example/housing-fund.html', added);
    expect(added).toEqual(['Added 1 source.']);
    expect(kind.value).toBe('feed');
    await watch(host, 'https://paper.example/feed.rss', added);
    const byUrl = new Map((await listSubscriptions(archive())).map((s) => [s.url, s.kind]));
    expect(byUrl.get('https://paper.example/housing-fund.html')).toBe('page');
    expect(byUrl.get('https://paper.example/feed.rss')).toBe('feed');
  });

  it('tells the view of each new try, so the words of the last one do not stand beside it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    const said: string[] = [];
    let tries = 0;
    const app = root;
    await act(async () => {
      app.render(
        <AddSourceForm onAdded={(_ids, words) => said.push(words)} onBegin={() => tries++} />,
      );
    });
    await watch(host, 'https://paper.example/feed.rss', said);
    expect([tries, said]).toEqual([1, ['Added 1 source.']]);
    // A refused OPML file: the view hears of the try (and clears "Added 1 source.") as the form
    // says why.
    const file = new File(['<html>no outline here</html>'], 'feeds.opml', { type: 'text/xml' });
    const input = one<HTMLInputElement>(host, 'input[type="file"]');
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    for (let i = 0; i < 50 && !host.textContent.includes('OPML'); i++)
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(host.textContent).toMatch(/OPML/);
    expect([tries, said]).toEqual([2, ['Added 1 source.']]);
  });
});
