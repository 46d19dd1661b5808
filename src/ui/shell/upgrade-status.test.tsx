// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SketchMoveStatus } from './sketch-move-status';
import { SummaryFillStatus } from './summary-fill-status';
import { UrlKeyFillStatus } from './url-key-fill-status';

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

// Every upgrade pass show the same line with their own words.
const passes = [
  {
    name: 'SketchMoveStatus',
    Line: SketchMoveStatus,
    doing: 'Updating the archive for near-copy checks',
    meanwhile: 'older articles are not checked as near copies',
  },
  {
    name: 'SummaryFillStatus',
    Line: SummaryFillStatus,
    doing: 'Updating the archive for a faster library',
    meanwhile: 'the library may open more slowly',
  },
  {
    name: 'UrlKeyFillStatus',
    Line: UrlKeyFillStatus,
    doing: 'Updating the archive for matching web addresses',
    meanwhile: 'imports of web addresses look for earlier versions more slowly',
  },
];

describe.each(passes)('$name', ({ Line, doing, meanwhile }) => {
  it('says how far the update has got, in words and on a bar, and stops when asked', async () => {
    const onStop = vi.fn();
    const host = await mount(<Line progress={{ done: 12_000, total: 100_000 }} onStop={onStop} />);
    const status = host.querySelector('[role="status"]');
    expect(status?.textContent).toContain(`${doing}: 12,000 of 100,000 articles`);
    expect(status?.textContent).toContain(`until it ends, ${meanwhile}`);
    const bar = host.querySelector('progress');
    expect(bar?.value).toBe(12_000);
    expect(bar?.max).toBe(100_000);
    await act(async () => host.querySelector('button')?.click());
    expect(onStop).toHaveBeenCalledOnce();
  });

  it('says it has started before the first count, and nothing when idle', async () => {
    const started = await mount(<Line progress={{ done: 0, total: 0 }} onStop={() => undefined} />);
    expect(started.textContent).toContain(`${doing}…`);
    const idle = await mount(<Line progress={null} onStop={() => undefined} />);
    expect(idle.innerHTML).toBe('');
  });
});
