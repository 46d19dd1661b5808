// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenBoundary } from './screen-boundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let fail = true;
function Flaky() {
  if (fail) throw new TypeError("Cannot read properties of undefined (reading 'table')");
  return <p>The article, shown.</p>;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Renders a failing screen inside the boundary; returns its host element and root. */
async function mountFailing(what: string, onLeave: (() => void) | null) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  fail = true;
  await act(async () => {
    root.render(
      <ScreenBoundary what={what} onLeave={onLeave}>
        <Flaky />
      </ScreenBoundary>,
    );
  });
  return { host, root };
}

describe('ScreenBoundary (one around every screen, in screen.tsx)', () => {
  it('says in words that the screen failed, offers the way back and a retry, never the exception', async () => {
    const left = vi.fn();
    const { host, root } = await mountFailing('this article', left);
    expect(host.textContent).toContain('Verso could not show this article');
    expect(host.textContent).not.toMatch(/TypeError|Cannot read|undefined/);
    const button = (name: string): HTMLButtonElement | undefined =>
      [...host.querySelectorAll('button')].find((b) => b.textContent === name);
    await act(async () => button('Back to the library')?.click());
    expect(left).toHaveBeenCalledOnce();
    fail = false;
    await act(async () => button('Try again')?.click());
    expect(host.textContent).toBe('The article, shown.');
    await act(async () => root.unmount());
  });

  it('has no way "back" on the library itself, only a retry', async () => {
    const { host, root } = await mountFailing('the library', null);
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Try again']);
    await act(async () => root.unmount());
  });
});
