// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../../../tests/support/test-articles';
import type { Host } from '../../host/host';
import { archive } from '../data/archive';
import { HostContext } from '../host-context';
import { CompareScreen } from './compare-screen';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;

afterEach(async () => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  await archive().delete();
  await archive().open();
});

/** Two versions of one report: the first published in March, its update in May. */
const march = makeArticle(1, {
  id: 'march',
  title: 'Flood plan agreed',
  source: 'Daily Ledger',
  publishedAt: Date.UTC(2026, 2, 2),
  text: 'The council agreed the flood plan.\n\nWork starts in spring.',
});
const may = makeArticle(2, {
  id: 'may',
  title: 'Flood plan delayed',
  source: 'Morning Post',
  publishedAt: Date.UTC(2026, 4, 9),
  text: 'The council agreed the flood plan.\n\nWork starts in autumn.',
});

async function compareScreen(
  route: Parameters<typeof CompareScreen>[0]['route'],
): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const app = root;
  await act(async () => {
    app.render(
      <HostContext.Provider value={{ kind: 'web' } as Host}>
        <CompareScreen route={route} navigate={() => undefined} />
      </HostContext.Provider>,
    );
  });
  // The live query answers after a round trip to IndexedDB.
  for (let i = 0; i < 50 && !host.querySelector('.compare-heading'); i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  return host;
}

const headings = (host: HTMLElement): string[] =>
  [...host.querySelectorAll('.compare-heading')].map((h) => h.textContent);

describe('the compare screen', () => {
  it('puts the older article on the left, whichever was ticked first, and says so', async () => {
    await archive().articles.bulkPut([march, may]);
    const host = await compareScreen({ kind: 'compare-articles', a: 'may', b: 'march' });
    const [left, right] = headings(host);
    expect(left).toContain('Flood plan agreed');
    expect(left).toContain('Daily Ledger');
    expect(left).toMatch(/published .*2026/);
    expect(right).toContain('Flood plan delayed');
    expect(right).toContain('Morning Post');
    expect(host.querySelector('[aria-label="Left: Flood plan agreed"]')?.textContent).toContain(
      'spring',
    );
    // What the May version changed reads as May's words on the right.
    expect(
      host.querySelector('[aria-label="Right: Flood plan delayed"] mark')?.textContent,
    ).toMatch(/^autumn/);
    expect(host.querySelector('.compare-order')?.textContent).toMatch(
      /older article is on the left/,
    );
  });

  it('dates an undated article by its import, and moves its passage with it', async () => {
    const undatedNewer = { ...may, publishedAt: 0, importedAt: Date.UTC(2026, 5, 1) };
    await archive().articles.bulkPut([march, undatedNewer]);
    const host = await compareScreen({
      kind: 'compare-passages',
      a: { doc: 'may', start: 36, end: 58 },
      b: { doc: 'march', start: 36, end: 58 },
    });
    const [left, right] = headings(host);
    expect(left).toContain('Flood plan agreed');
    expect(right).toMatch(/imported .*2026/);
    const leftText = host.querySelector('[aria-label="Left: Flood plan agreed"]')?.textContent;
    expect(leftText).toBe('Work starts in spring.');
  });

  it('moves focus to the difference n steps to, and leaves it on the button a click used', async () => {
    const later = {
      ...may,
      text: 'The council approved the flood plan.\n\nWork starts in autumn.',
    };
    await archive().articles.bulkPut([march, later]);
    const host = await compareScreen({ kind: 'compare-articles', a: 'march', b: 'may' });
    const columns = [...host.querySelectorAll('.compare-column')];
    const press = (key: string): void =>
      act(() => {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      });
    // Focus is on the page itself, as after the click that opened the comparison.
    expect(document.activeElement).toBe(document.body);
    press('n');
    const first = document.activeElement;
    expect(first?.getAttribute('data-diff')).toBe('0');
    expect(columns.some((column) => column.contains(first))).toBe(true);
    expect(first?.textContent).toMatch(/agreed|approved/);
    press('n');
    expect(document.activeElement?.getAttribute('data-diff')).toBe('1');
    expect(document.activeElement?.textContent).toMatch(/spring|autumn/);
    const next = [...host.querySelectorAll('button')].find((b) =>
      b.textContent.includes('Next difference'),
    );
    next?.focus();
    act(() => next?.click());
    expect(host.querySelector('.compare-position')?.textContent).toBe('1 of 2');
    expect(document.activeElement).toBe(next);
  });
});
