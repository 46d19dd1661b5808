// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../import/import-types';
import { archive } from '../data/archive';
import { archiveIdentity } from '../../db/archive-identity';
import { openArchive } from '../../db/database';
import { keepFailures, keptFailuresKey, keptMost, readKeptFailures } from './kept-failures';
import { KeptFailuresNote } from './kept-failures-note';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let here = '';
beforeAll(async () => {
  here = await archiveIdentity(archive());
});
afterAll(() => archive().delete());
afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

const failed = (n: number): ImportResult => ({
  kind: 'failed',
  label: `page-${n}.html`,
  reason: 'Unknown encoding: the file is not text.',
});

// The note as the library shows it, once it has read which archive this is.
async function render(): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => createRoot(host).render(<KeptFailuresNote />));
  await act(() => archiveIdentity(archive()));
  return host;
}

describe('the last import’s failures, kept over a reload', () => {
  it('keeps the names and reasons, at most keptMost of them, and counts the rest', async () => {
    const results = [
      { kind: 'added', label: 'ok.html', articleId: 'a1', title: 'Fine' } as const,
      ...Array.from({ length: keptMost + 7 }, (_, n) => failed(n)),
    ];
    keepFailures(results, here, Date.UTC(2026, 2, 3, 9, 40));
    const kept = readKeptFailures(here);
    expect(kept?.failures).toHaveLength(keptMost);
    expect(kept?.failures[0]).toEqual({
      label: 'page-0.html',
      reason: 'Unknown encoding: the file is not text.',
    });
    expect(kept?.more).toBe(7);
    const note = await render();
    expect(note.textContent).toContain(`could not read ${keptMost + 7} items`);
    expect(note.textContent).toContain('and 7 more');
    expect(note.querySelectorAll('li')).toHaveLength(keptMost);
  });

  it('forgets the last import’s failures when the next has none, or when dismissed', async () => {
    keepFailures([failed(1)], here);
    expect(readKeptFailures(here)?.failures).toHaveLength(1);
    keepFailures([{ kind: 'added', label: 'ok.html', articleId: 'a1', title: 'Fine' }], here);
    expect(readKeptFailures(here)).toBeUndefined();

    keepFailures([failed(2)], here);
    const note = await render();
    expect(note.textContent).toContain('page-2.html: Unknown encoding');
    const dismiss = note.querySelector('button');
    act(() => dismiss?.click());
    expect(note.textContent).toBe('');
    expect(readKeptFailures(here)).toBeUndefined();
  });

  it('shows another archive’s failures never: a replaced or remade archive is another', async () => {
    // Two archives (two databases): each has its own identity, and it stays while it lives.
    const other = await openArchive(`kept-${crypto.randomUUID()}`);
    const elsewhere = await archiveIdentity(other);
    expect(elsewhere).not.toBe(here);
    expect(await archiveIdentity(other)).toBe(elsewhere);
    keepFailures([failed(3)], elsewhere);
    expect(readKeptFailures(here)).toBeUndefined();
    expect((await render()).textContent).toBe('');
    // A restore that replaces the archive clears `meta`: the same database is another archive.
    await other.meta.clear();
    expect(await archiveIdentity(other)).not.toBe(elsewhere);
    expect(readKeptFailures(await archiveIdentity(other))).toBeUndefined();
    await other.delete();
  });

  it('reads them again when another tab keeps, dismisses or drops them', async () => {
    const note = await render();
    expect(note.textContent).toBe('');
    // Another tab's import: localStorage changes and this tab is told by a storage event.
    keepFailures([failed(4)], here);
    const told = () => new StorageEvent('storage', { key: keptFailuresKey });
    await act(async () => window.dispatchEvent(told()));
    await act(() => archiveIdentity(archive()));
    expect(note.textContent).toContain('page-4.html');
    // Another tab dismissed them (or restored over the archive, which drops them).
    localStorage.removeItem(keptFailuresKey);
    await act(async () => window.dispatchEvent(told()));
    await act(() => archiveIdentity(archive()));
    expect(note.textContent).toBe('');
  });

  it('ignores what is not a kept list under its key', async () => {
    localStorage.setItem(keptFailuresKey, '{"at": "soon", "failures": 3}');
    expect(readKeptFailures(here)).toBeUndefined();
    localStorage.setItem(keptFailuresKey, 'not json');
    expect(readKeptFailures(here)).toBeUndefined();
    expect((await render()).textContent).toBe('');
  });
});
