// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { AligningNotice } from './aligning-notice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

async function shown(percent?: number): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    createRoot(host).render(
      <AligningNotice
        state={{
          kind: 'aligning',
          words: 1_600_000,
          ...(percent === undefined ? {} : { percent }),
        }}
      />,
    );
  });
  return host;
}

describe('AligningNotice', () => {
  it('shows how far the alignment has got, as words and as a progress bar', async () => {
    const host = await shown(42);
    expect(host.textContent).toContain('42% done.');
    expect(host.textContent).toContain('← Back stops it');
    const bar = host.querySelector('progress');
    expect(bar?.getAttribute('value')).toBe('42');
    expect(bar?.getAttribute('aria-label')).toBe('Alignment progress');
  });

  it('before the first word from the worker, an indeterminate bar and no number', async () => {
    const host = await shown();
    expect(host.textContent).not.toMatch(/\d+%/);
    expect(host.querySelector('progress')?.hasAttribute('value')).toBe(false);
  });
});
