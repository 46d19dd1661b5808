// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SummaryFillStatus } from './summary-fill-status';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(node: React.ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => createRoot(host).render(node));
  return host;
}

describe('SummaryFillStatus', () => {
  it('says how far the update has got, in words and on a bar, and stops when asked', async () => {
    const onStop = vi.fn();
    const host = await mount(
      <SummaryFillStatus progress={{ done: 12_000, total: 100_000 }} onStop={onStop} />,
    );
    const status = host.querySelector('[role="status"]');
    expect(status?.textContent).toContain(
      'Updating the archive for a faster library: 12,000 of 100,000 articles',
    );
    const bar = host.querySelector('progress');
    expect(bar?.value).toBe(12_000);
    expect(bar?.max).toBe(100_000);
    await act(async () => host.querySelector('button')?.click());
    expect(onStop).toHaveBeenCalledOnce();
  });

  it('says it has started before the first count, and nothing when there is nothing to fill', async () => {
    const started = await mount(
      <SummaryFillStatus progress={{ done: 0, total: 0 }} onStop={() => undefined} />,
    );
    expect(started.textContent).toContain('Updating the archive for a faster library…');
    const idle = await mount(<SummaryFillStatus progress={null} onStop={() => undefined} />);
    expect(idle.innerHTML).toBe('');
  });
});
