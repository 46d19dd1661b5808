// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchWait } from '../../search/index-progress';
import type { SearchHit } from '../data/search';
import { openingQuery } from './library-query';
import { useLibraryRows } from './use-library-rows';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** One search the library asked for, answered when the test says. */
interface Asked {
  readonly query: string;
  readonly abortedAtStart: boolean;
  readonly progress: (p: SearchWait) => void;
  readonly settle: (error?: Error) => void;
}
const asked: Asked[] = [];
const changeListeners = new Set<() => Promise<unknown>>();

// The seams the hook reads through: the search (answered by hand, so runs overlap as a slow
// phrase search's do) and the archive's change signal (raised by hand).
vi.mock('../data/archive', () => ({ archive: () => ({ name: 'rows-test' }) }));
vi.mock('../data/archive-changes', () => ({
  subscribeToArchiveChanges: (_name: string, listener: () => Promise<unknown>) => {
    changeListeners.add(listener);
    return () => changeListeners.delete(listener);
  },
}));
vi.mock('../data/search', () => ({
  searchArticles: (
    _db: unknown,
    query: string,
    _filters: unknown,
    _limit: number,
    asking: { signal: AbortSignal; onProgress: (p: SearchWait) => void },
  ) =>
    new Promise<SearchHit[]>((resolve, reject) => {
      asked.push({
        query,
        abortedAtStart: asking.signal.aborted,
        progress: asking.onProgress,
        settle: (error) => (error ? reject(error) : resolve([])),
      });
    }),
}));

let root: Root | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  asked.length = 0;
  changeListeners.clear();
});

// The progress line as the library shows it: the candidates checked, or nothing.
function Rows({ search }: { search: string }) {
  const { checking } = useLibraryRows({ ...openingQuery, search }, 0);
  return (
    <p>{checking?.stage === 'phrase' ? `checked ${checking.checked} of ${checking.of}` : ''}</p>
  );
}

const host = document.createElement('div');
const line = (): string => host.textContent;

async function show(search: string): Promise<void> {
  root ??= createRoot(host);
  await act(async () => root?.render(<Rows search={search} />));
}

const progress = (checked: number): SearchWait => ({
  stage: 'phrase',
  checked,
  of: 100,
  found: 0,
});

describe('the library search progress line', () => {
  it('stays the newest search’s when an older, replaced search ends after it', async () => {
    await show('"harbour plan"');
    await act(async () => asked[0]?.progress(progress(10)));
    expect(line()).toBe('checked 10 of 100');
    await show('"harbour plan would"');
    await act(async () => asked[1]?.progress(progress(5)));
    // The replaced search stops late (its read was under way) and must not blank the new line.
    await act(async () => asked[0]?.settle(new DOMException('stopped', 'AbortError')));
    expect(line()).toBe('checked 5 of 100');
    await act(async () => asked[1]?.settle());
    expect(line()).toBe('');
  });

  it('starts no follow-up run for a search already replaced', async () => {
    await show('"harbour plan"');
    // The archive changes while the search runs: one more run is queued behind it ...
    await act(async () => void [...changeListeners].map((listener) => listener()));
    // ... and then the person types on, which replaces that search before its follow-up starts.
    await show('"harbour plan would"');
    await act(async () => asked[1]?.progress(progress(7)));
    await act(async () => asked[0]?.settle(new DOMException('stopped', 'AbortError')));
    expect(asked.map((a) => [a.query, a.abortedAtStart])).toEqual([
      ['"harbour plan"', false],
      ['"harbour plan would"', false],
    ]);
    expect(line()).toBe('checked 7 of 100');
  });
});
