// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Echo } from '../../core/model';
import { EchoesPanel, LIST_STEP } from './echoes-panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

const sentence = 'The council said on Tuesday that the new bridge would open in the spring. ';
const copies = 1_000;
const text = sentence.repeat(copies);
// One sentence printed a thousand times: 999 echoes with the first copy, as the engine gives.
const echoes: Echo[] = Array.from({ length: copies - 1 }, (_, i) => ({
  kind: 'within',
  similarity: 1,
  a: { doc: 'open', start: 0, end: sentence.length - 1 },
  b: { doc: 'open', start: (i + 1) * sentence.length, end: (i + 2) * sentence.length - 1 },
}));

describe('EchoesPanel with an echo per copy of a passage printed a thousand times', () => {
  it('lists the first ones, says how many more, and lists more when asked', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => {
      root.render(
        <EchoesPanel
          echoes={echoes}
          texts={new Map([['open', text]])}
          titles={new Map()}
          onCompare={() => undefined}
        />,
      );
    });
    const items = () => host.querySelectorAll('li.echo-item');
    expect(host.querySelector('h4')?.textContent).toBe('Within this article (999)');
    expect(items()).toHaveLength(LIST_STEP);
    expect(host.querySelector('.echo-more')?.textContent).toContain(
      `and ${copies - 1 - LIST_STEP} more`,
    );
    await act(async () => {
      host.querySelector<HTMLButtonElement>('.echo-more button')?.click();
    });
    expect(items()).toHaveLength(2 * LIST_STEP);
    // Numbered as the highlights are: by place in the whole list.
    expect(items()[2 * LIST_STEP - 1]?.textContent).toContain(`Echo ${2 * LIST_STEP}`);
    await act(async () => root.unmount());
  });
});
