// @vitest-environment jsdom
import { act, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart } from './lazy-part';
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

  it("says a screen whose code did not load in words, and loads it again on 'Try again'", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let offline = true;
    // While offline every load fails as a lost chunk does in Chromium; then it finds the module.
    const Lazy = lazyPart(async () => {
      if (offline) throw new TypeError('Failed to fetch dynamically imported module: /assets/x.js');
      return function Loaded() {
        return <p>The comparison, shown.</p>;
      };
    });
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => {
      root.render(
        <ScreenBoundary what="this comparison" onLeave={() => undefined}>
          <Suspense fallback={null}>
            <Lazy />
          </Suspense>
        </ScreenBoundary>,
      );
    });
    expect(host.textContent).toContain('Verso could not show this comparison');
    expect(host.textContent).toContain('did not load');
    expect(host.textContent).not.toMatch(/TypeError|Failed to fetch|assets/);
    const names = [...host.querySelectorAll('button')].map((b) => b.textContent);
    expect(names).toEqual(['Back to the library', 'Try again', 'Reload Verso']);
    offline = false;
    await act(async () => host.querySelectorAll('button')[1]?.click());
    expect(host.textContent).toBe('The comparison, shown.');
    await act(async () => root.unmount());
  });
});
