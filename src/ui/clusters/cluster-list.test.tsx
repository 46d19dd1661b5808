// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClusterRecord } from '../../db/cluster-records';
import { clusterRecord } from '../../../tests/support/cluster-record';
import { ClusterList } from './cluster-list';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom lays nothing out: a window 600 px tall, and rows 120 px (not the 96 estimated) when measured.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(120);
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const cluster = (n: number): ClusterRecord =>
  clusterRecord(`c${n}`, [
    [`a${n}`, 0, 9],
    [`b${n}`, 0, 9],
  ]);

/** The clusters, counting each read of a row by its index (what placing every row costs). */
function counted(count: number): { clusters: readonly ClusterRecord[]; reads: () => number } {
  const rows = Array.from({ length: count }, (_, n) => cluster(n));
  let reads = 0;
  const clusters = new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { clusters, reads: () => reads };
}

describe('ClusterList', () => {
  it('does not place every row again when the screen around it renders with the same clusters', async () => {
    const { clusters, reads } = counted(5_000);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const render = (label: string) =>
      act(async () => {
        // A new onOpen each time, as the clusters view passes one on every render.
        root.render(<ClusterList clusters={clusters} onOpen={() => label} memoryKey="all" />);
      });
    await render('first');
    const afterMount = reads();
    // The first render reads every row's key once or more (its place in the list).
    expect(afterMount).toBeGreaterThanOrEqual(5_000);
    await render('second');
    await render('third');
    // Renders of the screen with the same list read only the rows in the page, not all 5,000.
    expect(reads() - afterMount).toBeLessThan(500);
    // Only the rows on screen (and a few either side) are in the page.
    const shown = host.querySelectorAll('[role="listitem"]').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(30);
    root.unmount();
  });
});
