// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportItem } from '../../import/import-types';
import type { Host } from '../../host/host';
import { HostContext } from '../host-context';
import { archive } from '../data/archive';
import { afterWrites } from '../../db/write-session';
import { useImport } from './use-import';
import { ImportStatus } from './import-status';
import { pickedFile } from '../../../tests/support/node-dom';
import { nearCopyText, sampleText } from '../../../tests/support/near-copy-texts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The near-copy check is the real one, its answers held until the test lets them go (as at a
// page's opening, where the derive worker answers once it holds the archive's sketches), or
// failing (as when that worker stops).
const check = vi.hoisted(() => {
  const held: Promise<unknown> = Promise.resolve();
  return { held, fails: false };
});
vi.mock('../../db/near-copies', async (original) => {
  const real = await original<typeof import('../../db/near-copies')>();
  return {
    ...real,
    findNearCopies: async (...args: Parameters<typeof real.findNearCopies>) => {
      await check.held;
      if (check.fails) throw new Error('The import could not check for near copies.');
      return real.findNearCopies(...args);
    },
  };
});

let start: (items: readonly ImportItem[]) => Promise<unknown> = async () => undefined;

function Importer() {
  const importer = useImport();
  useEffect(() => {
    start = importer.start;
  });
  return (
    <ImportStatus state={importer.state} onCancel={importer.cancel} onDismiss={importer.dismiss} />
  );
}

async function rendered(): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    createRoot(host).render(
      <HostContext.Provider value={{ kind: 'web' } as Host}>
        <Importer />
      </HostContext.Provider>,
    );
  });
  return host;
}

const file = (path: string, text: string): ImportItem => ({
  kind: 'file',
  file: pickedFile(path, text),
});

/** Imports through the hook and waits for its summary to say how many were added. */
async function importShown(host: HTMLElement, items: ImportItem[], added: number): Promise<void> {
  await act(async () => void start(items));
  await vi.waitFor(() => expect(host.textContent).toContain(`Import finished. ${added} added`), {
    timeout: 10_000,
  });
}

beforeEach(async () => {
  check.held = Promise.resolve();
  check.fails = false;
  await archive().articles.clear();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('useImport’s summary and the near-copy check', () => {
  it('appears once the articles are stored, says the check is under way, then adds the near copy', async () => {
    const host = await rendered();
    await importShown(host, [file('sample.txt', sampleText)], 1);
    await vi.waitFor(() =>
      expect(host.textContent).toContain('The article added is not a near copy'),
    );
    let release: () => void = () => undefined;
    check.held = new Promise<void>((resolve) => (release = resolve));
    await importShown(host, [file('copy.txt', nearCopyText)], 1);
    // Shown with the check still held: the copy is stored, the summary says what follows.
    const line = host.querySelector('.near-copy-check');
    expect(line?.textContent).toBe('Checking for near copies…');
    expect(line?.getAttribute('aria-live')).toBe('polite');
    expect(host.querySelector('[aria-label="Near copies"]')).toBeNull();
    expect(await archive().articles.count()).toBe(2);
    await act(async () => release());
    await vi.waitFor(
      () =>
        expect(host.querySelector('[aria-label="Near copies"]')?.textContent).toContain(
          'near copy of “DEFENCE Secretary John Healey',
        ),
      { timeout: 10_000 },
    );
    expect(host.querySelector('.near-copy-check')).toBeNull();
  });

  it('says in words that the articles could not be checked, and that they are archived', async () => {
    const host = await rendered();
    check.fails = true;
    await importShown(host, [file('sample.txt', sampleText), file('copy.txt', nearCopyText)], 2);
    await vi.waitFor(() =>
      expect(host.querySelector('.near-copy-check')?.textContent).toBe(
        'The 2 articles added could not be checked for near copies; they are archived all the same.',
      ),
    );
    expect(await archive().articles.count()).toBe(2);
  });

  it('a summary dismissed before the check answers stays dismissed', async () => {
    const host = await rendered();
    let release: () => void = () => undefined;
    check.held = new Promise<void>((resolve) => (release = resolve));
    await importShown(host, [file('sample.txt', sampleText)], 1);
    const dismiss = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Dismiss');
    await act(async () => dismiss?.click());
    await act(async () => release());
    // The check's answer, then the batch's end (its write session closed), leave it closed.
    await act(() => afterWrites(archive()));
    expect(host.textContent).not.toContain('Import finished');
    expect(await archive().articles.count()).toBe(1);
  });
});
